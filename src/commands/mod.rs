//! One module per verb. Each takes the resolved context and its parsed arguments and returns
//! den's exit code; errors go back to `main`, which prints them once.

use anyhow::Result;

use crate::cli::Command;
use crate::config::Ctx;

pub mod doctor;
pub mod images;
pub mod import;
pub mod info;
pub mod load;
pub mod login;
pub mod pull;
pub mod push;
pub mod rmi;
pub mod run;
pub mod unshare;

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
        Command::Doctor(args) => doctor::run(ctx, &args),
        Command::Unshare(args) => unshare::run(ctx, &args),
    }
}
