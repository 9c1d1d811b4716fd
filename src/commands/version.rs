//! `den version`: podman's `version` layout (a `Client:` section) as text, JSON, or through a
//! Go template (`{{.Client.Version}}`). den is daemonless: there is no `Server:` section.

use std::io::Write as _;

use anyhow::Result;
use serde_json::{Value, json};

use crate::cli::VersionArgs;
use crate::output::{self, Template, format_table};

/// Go's name for the machine's architecture (podman prints `linux/amd64`, not `x86_64`).
pub fn go_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        "powerpc64" => "ppc64le",
        other => other,
    }
}

/// The facts of podman's `Client:` section that den has (it has no Go version or build time).
pub fn client() -> Value {
    let version = env!("CARGO_PKG_VERSION");
    json!({
        "APIVersion": version,
        "Version": version,
        "GitCommit": "",
        "OsArch": format!("{}/{}", std::env::consts::OS, go_arch()),
        "Os": std::env::consts::OS,
    })
}

/// `den version`.
pub fn run(args: &VersionArgs) -> Result<i32> {
    let data = json!({ "Client": client() });
    match args.format.as_deref() {
        Some(f) if output::format::is_json(f) => {
            let mut out = output::stdout();
            serde_json::to_writer(&mut out, &data)?;
            writeln!(out)?;
        }
        Some(f) => {
            let mut text = Template::parse_named("version", f)?.render(&data)?;
            if !text.ends_with('\n') {
                text.push('\n');
            }
            write!(output::stdout(), "{text}")?;
        }
        None => {
            let c = &data["Client"];
            let field = |k: &str| c[k].as_str().unwrap_or_default().to_string();
            let rows = [
                ["Client:".to_string(), "den".to_string()],
                ["Version:".into(), field("Version")],
                ["API Version:".into(), field("APIVersion")],
                ["OS/Arch:".into(), field("OsArch")],
            ];
            write!(output::stdout(), "{}", format_table(&rows))?;
        }
    }
    Ok(0)
}
