//! One module per verb. Each takes the resolved context and its parsed arguments and returns
//! den's exit code; errors go back to `main`, which prints them once.

use anyhow::Result;

use crate::cli::{Command, ContainerCommand};
use crate::config::Ctx;

pub mod container_inspect;
pub mod containers;
pub mod doctor;
pub mod exec;
pub mod images;
pub mod import;
pub mod info;
pub mod load;
pub mod rmi;
pub mod run;
pub mod unshare;

/// Runs one command.
pub fn dispatch(ctx: &Ctx, command: Command) -> Result<i32> {
    match command {
        Command::Run(args) => run::run(ctx, &args),
        Command::Load(args) => load::run(ctx, &args),
        Command::Import(args) => import::run(ctx, &args),
        Command::Images(args) => images::run(ctx, &args),
        Command::Rmi(args) => rmi::run(ctx, &args),
        Command::Info(args) => info::run(ctx, &args),
        Command::Doctor(args) => doctor::run(ctx, &args),
        Command::Unshare(args) => unshare::run(ctx, &args),
        Command::Create(args) => run::create_command(ctx, &args),
        Command::Start(args) => containers::start(ctx, &args),
        Command::Stop(args) => containers::stop(ctx, &args),
        Command::Kill(args) => containers::kill_command(ctx, &args),
        Command::Restart(args) => containers::restart(ctx, &args),
        Command::Rm(args) => containers::rm(ctx, &args),
        Command::Ps(args) => containers::ps(ctx, &args),
        Command::Logs(args) => containers::logs(ctx, &args),
        Command::Wait(args) => containers::wait(ctx, &args),
        Command::Exec(args) => exec::run(ctx, &args),
        Command::Rename(args) => containers::rename(ctx, &args),
        Command::Top(args) => containers::top(ctx, &args),
        Command::Attach(args) => containers::attach(ctx, &args),
        Command::Container(args) => match args.command {
            ContainerCommand::Inspect(a) => container_inspect::run(ctx, &a),
            ContainerCommand::Prune(a) => containers::prune(ctx, &a),
        },
    }
}
