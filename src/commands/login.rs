//! `den login` and `den logout`: credentials checked against the registry, then kept in
//! auth.json where podman keeps them (so podman, skopeo and den share one login).

use std::io::{self, BufRead, IsTerminal, Read, Write};

use anyhow::{Context, Result, bail};

use crate::cli::{LoginArgs, LogoutArgs};
use crate::error::{EXIT_DEN, ExitCodeExt, hinted};
use crate::image::reference::Reference;
use crate::registry::auth::{
    Credentials, find_credentials, login_file, remove_credentials, store_credentials,
};
use crate::registry::client::Client;
use crate::registry::conf::Registries;

/// `https://host/ns/` -> `host/ns`.
fn server_key(server: &str) -> String {
    let s = server
        .strip_prefix("https://")
        .or_else(|| server.strip_prefix("http://"))
        .or_else(|| server.strip_prefix("docker://"))
        .unwrap_or(server);
    let s = s.trim_end_matches('/');
    if s == "index.docker.io" || s.starts_with("index.docker.io/v1") {
        "docker.io".to_string()
    } else {
        s.to_string()
    }
}

pub fn login(args: &LoginArgs) -> Result<i32> {
    let key = server_key(&args.server);
    let (host, repo) = key.split_once('/').unwrap_or((&key, ""));
    if args.get_login {
        return match find_credentials(host, repo, args.registry.authfile.as_deref())? {
            Some(c) => {
                crate::output::say!("{}", c.user);
                Ok(0)
            }
            None => Err(hinted(
                format!("not logged into \"{key}\""),
                format!("log in with: den login {key}"),
            ))
            .exit_code(EXIT_DEN),
        };
    }
    if args.password.is_some() && args.password_stdin {
        bail!("--password and --password-stdin cannot be used together");
    }
    let stdin = io::stdin();
    let user = match &args.username {
        Some(u) => u.clone(),
        None if stdin.is_terminal() && !args.password_stdin => prompt("Username: ", true)?,
        None => {
            return Err(hinted(
                "no user name given",
                "give one with: den login -u USER REGISTRY",
            ));
        }
    };
    let password = if let Some(p) = &args.password {
        p.clone()
    } else if args.password_stdin {
        let mut s = String::new();
        stdin
            .lock()
            .read_to_string(&mut s)
            .context("reading the password from standard input")?;
        s.trim_end_matches(['\n', '\r']).to_string()
    } else if stdin.is_terminal() {
        prompt("Password: ", false)?
    } else {
        return Err(hinted(
            "no password given",
            "pipe it in with: den login --password-stdin -u USER REGISTRY",
        ));
    };
    if user.is_empty() || user.contains(':') {
        bail!("invalid user name \"{user}\"");
    }
    let creds = Credentials { user, password };
    let probe = Reference::parse(&format!("{host}/den-login-probe"))
        .with_context(|| format!("registry \"{host}\""))?;
    let endpoints = Registries::load()?.endpoints(&probe)?;
    let endpoint = endpoints.last().context("no registry to log in to")?;
    let opts = crate::commands::pull::registry_options(&args.registry, None)?;
    let client = Client::connect(
        &endpoint.host,
        "",
        endpoint.insecure,
        &opts,
        Some(creds.clone()),
        false,
    )
    .with_context(|| format!("logging in to \"{key}\""))?;
    client
        .verify_login()
        .with_context(|| format!("logging in to \"{key}\""))?;
    let file = login_file(args.registry.authfile.as_deref())?;
    store_credentials(&file, &key, &creds)?;
    crate::output::say!("Login Succeeded!");
    Ok(0)
}

pub fn logout(args: &LogoutArgs) -> Result<i32> {
    let file = login_file(args.authfile.as_deref())?;
    if args.all {
        remove_credentials(&file, None)?;
        crate::output::say!("Removed login credentials for all registries");
        return Ok(0);
    }
    let key = server_key(args.server.as_deref().unwrap_or_default());
    if remove_credentials(&file, Some(&key))? == 0 {
        return Err(hinted(
            format!(
                "not logged into \"{key}\" (no entry in \"{}\")",
                file.display()
            ),
            "see the stored logins in that file, or use --authfile FILE",
        ))
        .exit_code(EXIT_DEN);
    }
    crate::output::say!("Removed login credentials for {key}");
    Ok(0)
}

/// Asks on the terminal; the password without echo.
fn prompt(label: &str, echo: bool) -> Result<String> {
    use nix::sys::termios::{LocalFlags, SetArg, tcgetattr, tcsetattr};
    let mut err = io::stderr();
    write!(err, "{label}")?;
    err.flush()?;
    let stdin = io::stdin();
    let saved = if echo { None } else { tcgetattr(&stdin).ok() };
    if let Some(t) = &saved {
        let mut quiet = t.clone();
        quiet.local_flags.remove(LocalFlags::ECHO);
        let _ = tcsetattr(&stdin, SetArg::TCSANOW, &quiet);
    }
    let mut line = String::new();
    let read = stdin.lock().read_line(&mut line);
    if let Some(t) = &saved {
        let _ = tcsetattr(&stdin, SetArg::TCSANOW, t);
        eprintln!();
    }
    read.context("reading from the terminal")?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}
