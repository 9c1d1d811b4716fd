//! One module per verb. Each takes the resolved context and its parsed arguments and returns
//! den's exit code; errors go back to `main`, which prints them once.

use anyhow::Result;

use crate::cli::{Command, ContainerCommand};
use crate::config::Ctx;

pub mod build;
pub mod commit;
pub mod container;
pub mod cp;
pub mod diff;
pub mod doctor;
pub mod events;
pub mod exec;
pub mod export;
pub mod healthcheck;
pub mod history;
pub mod image;
pub mod images;
pub mod import;
pub mod info;
pub mod inspect;
pub mod kube;
pub mod load;
pub mod login;
pub mod network;
pub mod pause;
pub mod pod;
pub mod pull;
pub mod push;
pub mod rmi;
pub mod run;
pub mod run_flags;
pub mod save;
pub mod secret;
pub mod shell;
pub mod stats;
pub mod system;
pub mod system_check;
pub mod system_reset;
pub mod tag;
pub mod unshare;
pub mod userns;
pub mod version;
pub mod volume;

/// Runs one command.
pub fn dispatch(ctx: &Ctx, command: Command) -> Result<i32> {
    match command {
        Command::Run(args) => run::run(ctx, &args),
        Command::Load(args) => load::run(ctx, &args),
        Command::Pull(args) => pull::run(ctx, &args),
        Command::Push(args) => push::run(ctx, &args),
        Command::Login(args) => login::login(&args),
        Command::Logout(args) => login::logout(&args),
        Command::Import(args) => import::run(ctx, &args),
        Command::Images(args) => images::run(ctx, &args),
        Command::Rmi(args) => rmi::run(ctx, &args),
        Command::Info(args) => info::run(ctx, &args),
        Command::Version(args) => version::run(&args),
        Command::Doctor(args) => doctor::run(ctx, &args),
        Command::Unshare(args) => unshare::run(ctx, &args),
        Command::Save(args) => save::run(ctx, &args),
        Command::Tag(args) => tag::tag(ctx, &args),
        Command::Untag(args) => tag::untag(ctx, &args),
        Command::Inspect(args) => inspect::run(ctx, &args),
        Command::History(args) => history::run(ctx, &args),
        Command::Image(args) => image::run(ctx, args.into_inner().command),
        Command::System(args) => system::run(ctx, args.into_inner().command),
        Command::Volume(args) => volume::run(ctx, args.into_inner().command),
        Command::Network(args) => network::run(ctx, args.into_inner().command),
        Command::Diff(args) => diff::run(ctx, &args),
        Command::Commit(args) => commit::run(ctx, &args),
        Command::Build(args) => build::run(ctx, &args),
        Command::Buildx(args) => match args.into_inner().command {
            crate::cli::BuildxCommand::Build(b) => build::run(ctx, &b),
        },
        Command::Export(args) => export::run(ctx, &args),
        Command::Cp(args) => cp::run(ctx, &args),
        Command::Create(args) => run::create_command(ctx, &args),
        Command::Start(args) => container::start::start(ctx, &args),
        Command::Stop(args) => container::stop::stop(ctx, &args),
        Command::Kill(args) => container::kill::kill_command(ctx, &args),
        Command::Restart(args) => container::restart::restart(ctx, &args),
        Command::Rm(args) => container::rm::rm(ctx, &args),
        Command::Ps(args) => container::ps::ps(ctx, &args),
        Command::Logs(args) => container::logs::logs(ctx, &args),
        Command::Wait(args) => container::wait::wait(ctx, &args),
        Command::Exec(args) => exec::run(ctx, &args),
        Command::Rename(args) => container::rename::rename(ctx, &args),
        Command::Top(args) => container::top::top(ctx, &args),
        Command::Port(args) => container::port::port(ctx, &args),
        Command::Attach(args) => container::attach::attach(ctx, &args),
        Command::Events(args) => events::run(ctx, &args),
        Command::Secret(args) => secret::run(ctx, args.into_inner().command),
        Command::Stats(args) => stats::stats(ctx, &args),
        Command::Pause(args) => pause::pause(ctx, &args),
        Command::Unpause(args) => pause::unpause(ctx, &args),
        Command::Healthcheck(args) => match args.into_inner().command {
            crate::cli::HealthcheckCommand::Run(a) => healthcheck::run(ctx, &a),
        },
        Command::Shell(args) => shell::run(ctx, &args),
        Command::Pod(args) => pod::run(ctx, args.into_inner().command),
        Command::Generate(args) => match args.into_inner().command {
            crate::cli::GenerateCommand::Kube(a) => kube::generate(ctx, &a),
        },
        Command::Kube(args) => kube::run(ctx, args.into_inner().command),
        Command::Play(args) => match args.into_inner().command {
            crate::cli::PlayCommand::Kube(a) => kube::play(ctx, &a),
        },
        Command::Container(args) => {
            match args.into_inner().command.into_top_level().map_err(|c| *c) {
                Ok(command) => dispatch(ctx, command),
                Err(ContainerCommand::Inspect(a)) => container::inspect::run(ctx, &a),
                Err(ContainerCommand::Prune(a)) => container::prune::prune(ctx, &a),
                Err(ContainerCommand::Exists(a)) => container::exists(ctx, &a),
                Err(other) => anyhow::bail!("den container {other:?} has no handler"),
            }
        }
    }
}
