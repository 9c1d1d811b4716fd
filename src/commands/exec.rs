//! `den exec`: runs a command in a running container (see `runtime::exec`), with the
//! container's environment, user and working directory unless `-e`, `-u`, `-w` say otherwise.

use anyhow::{Context, Result};

use crate::cli::ExecArgs;
use crate::config::Ctx;
use crate::error::{ExitCodeExt, hinted};
use crate::plan;
use crate::runtime::{exec, monitor, state};
use crate::store::Store;
use crate::store::records;

pub fn run(ctx: &Ctx, args: &ExecArgs) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let id = records::resolve(&store, &args.container)?;
    let record = state::load(&store, &id)?;
    if !state::init_alive(&record) {
        return Err(hinted(
            format!(
                "container \"{}\" is not running (state {})",
                args.container, record.state
            ),
            format!("start it first: den start {}", args.container),
        ))
        .exit_code(crate::error::EXIT_DEN);
    }
    let plan = record
        .plan
        .clone()
        .context("the container's record has no run plan (made by an older den)")?;
    let host_env = |name: &str| std::env::var(name).ok();
    let process = plan::plan_exec(
        &plan.process,
        &args.to_request(),
        &host_env,
        crate::commands::run::arg_max(),
    )?;
    let seccomp = monitor::seccomp_for(ctx, &plan)?;
    let pid = record.pid.context("the container has no pid")?;
    crate::events::container(&record, crate::events::Status::Exec);
    crate::events::hold_open(); // exec enters the container's mount namespace
    let result = exec::exec(&plan, pid, process, seccomp.as_deref(), args.detach);
    if !args.detach {
        let code = result.as_ref().map_or(crate::error::EXIT_DEN, |c| *c);
        crate::events::container_exit(&record, crate::events::Status::ExecDied, code);
    }
    result
}
