//! What a toolbox takes from the host: the project layer of its `RunRequest` (mounts, env,
//! hostname, user namespace, privileges) from den.toml and the host's session, and the
//! session variables passed on at every enter. Pure: the caller gives the environment and a
//! way to ask whether a path exists.

use std::path::{Path, PathBuf};

use crate::plan::RunSettings;

use super::{DenToml, Integration};

/// The hostname inside a toolbox, as toolbox(1) uses: the prompt says where you are.
pub const HOSTNAME: &str = "toolbox";

/// The container's process: a wait that ends at SIGTERM (den's init forwards it), so
/// `den stop` is quick; `sleep` of the image (coreutils or busybox), in a loop since not
/// every `sleep` takes `infinity`.
pub const KEEP_ALIVE: &[&str] = &[
    "/bin/sh",
    "-c",
    "trap 'exit 0' TERM INT; while :; do sleep 86400 & wait $!; done",
];

/// Variables of the user's session that are passed on at each `den shell` (not fixed at
/// creation: a new terminal or login changes them). `LC_*` are passed too.
pub const SESSION_VARS: &[&str] = &["TERM", "COLORTERM", "LANG", "LANGUAGE", "TZ"];

/// The host facts the toolbox's settings depend on.
pub struct Session<'a> {
    /// The user's $HOME on the host.
    pub home: PathBuf,
    /// With `home = "project"`: the directory den keeps for it.
    pub project_home: Option<PathBuf>,
    /// Directories shared at their own path (the project's, the working directory).
    pub shared_dirs: Vec<PathBuf>,
    /// The host's environment.
    pub env: &'a dyn Fn(&str) -> Option<String>,
    /// Whether a host path exists.
    pub exists: &'a dyn Fn(&Path) -> bool,
}

/// The project layer of a toolbox's request: den.toml's keys and the host integration.
pub fn settings(toml: &DenToml, session: &Session<'_>) -> RunSettings {
    let mut volumes = Vec::new();
    let home = session.home.display().to_string();
    match &session.project_home {
        Some(dir) => volumes.push(format!("{}:{home}", dir.display())),
        None => volumes.push(format!("{home}:{home}")),
    }
    for dir in &session.shared_dirs {
        // Under a host $HOME it is there already; over a project home it is mounted on top.
        if session.project_home.is_some() || !dir.starts_with(&session.home) {
            let d = dir.display();
            volumes.push(format!("{d}:{d}"));
        }
    }
    volumes.extend(integration_mounts(&toml.integration, session));
    volumes.extend(toml.mounts.iter().cloned());
    for dev in &toml.devices {
        volumes.push(format!("{dev}:{dev}:dev"));
    }
    let mut env = vec![format!("HOME={home}")];
    env.extend(toml.env.iter().map(|(k, v)| format!("{k}={v}")));
    RunSettings {
        entrypoint: Some(String::new()),
        command: KEEP_ALIVE.iter().map(ToString::to_string).collect(),
        env,
        hostname: Some(HOSTNAME.into()),
        // As toolbox and distrobox: a server inside is on the host's own ports.
        network: Some("host".into()),
        // `hosts = false`: the image's own /etc/hosts; otherwise den's, which is the host's
        // with a line for the hostname (`network::names`), so `sudo` can resolve it.
        no_hosts: (!toml.integration.hosts).then_some(true),
        volumes,
        // A setuid sudo inside must work: it can only gain the user namespace's root, which
        // the user has anyway (docs/ARCHITECTURE.md, "Toolboxes").
        security_opt: vec!["no-new-privileges=false".into()],
        userns: Some("keep-id".into()),
        ..RunSettings::default()
    }
}

/// `SRC:DEST` binds of the sockets and devices `[integration]` shares, each at its host
/// path so the session's variables stay true inside; what the host lacks is left out.
pub fn integration_mounts(on: &Integration, s: &Session<'_>) -> Vec<String> {
    let env = |n: &str| (s.env)(n).filter(|v| !v.is_empty());
    let runtime = env("XDG_RUNTIME_DIR").map(PathBuf::from);
    let in_runtime = |name: &str| runtime.as_ref().map(|r| r.join(name));
    let mut paths: Vec<PathBuf> = Vec::new();
    if on.gui {
        paths.push("/tmp/.X11-unix".into());
        paths.extend(env("XAUTHORITY").map(PathBuf::from));
        if let Some(w) = env("WAYLAND_DISPLAY") {
            paths.extend(if w.starts_with('/') {
                Some(PathBuf::from(w))
            } else {
                in_runtime(&w)
            });
        }
    }
    if on.audio {
        paths.extend(in_runtime("pulse"));
        paths.extend(in_runtime("pipewire-0"));
        paths.extend(env("PULSE_SERVER").and_then(|v| unix_path(&v)));
    }
    if on.dbus {
        match env("DBUS_SESSION_BUS_ADDRESS") {
            // unix:abstract= needs nothing: the toolbox has the host's network namespace.
            Some(addr) => paths.extend(addr.split(';').filter_map(unix_path)),
            None => paths.extend(in_runtime("bus")),
        }
    }
    if on.ssh_agent {
        paths.extend(env("SSH_AUTH_SOCK").map(PathBuf::from));
    }
    if on.gpg_agent {
        paths.extend(in_runtime("gnupg"));
    }
    if on.dri {
        paths.push("/dev/dri".into());
    }
    let mut specs = Vec::new();
    for p in paths {
        // Under $HOME (a host home) it is shared already; a missing one is not mounted.
        let shared = s.project_home.is_none() && p.starts_with(&s.home);
        if p.is_absolute() && !shared && (s.exists)(&p) && !p.to_string_lossy().contains(':') {
            let d = p.display();
            let spec = if p.starts_with("/dev") {
                format!("{d}:{d}:dev")
            } else {
                format!("{d}:{d}")
            };
            if !specs.contains(&spec) {
                specs.push(spec);
            }
        }
    }
    // /etc/hosts is not bound: the host's file has no line for the toolbox's hostname, and
    // sudo warns "unable to resolve host" without one. den's generated file is the host's
    // content plus that line (`settings`), as podman and toolbox make it.
    if on.hosts && (s.exists)(Path::new("/etc/resolv.conf")) {
        specs.push("/etc/resolv.conf:/etc/resolv.conf:ro".into());
    }
    specs
}

/// The path of a `unix:path=P[,...]` (D-Bus) or `unix:P` (PulseAudio) address.
fn unix_path(addr: &str) -> Option<PathBuf> {
    let rest = addr.strip_prefix("unix:")?;
    let path = match rest.strip_prefix("path=") {
        Some(p) => p.split(',').next()?,
        None if rest.starts_with('/') => rest,
        None => return None,
    };
    Some(PathBuf::from(path))
}

/// `NAME=VALUE` for each session variable den has, for one enter: `SESSION_VARS`, every
/// `LC_*`, and the variables of what `[integration]` shares.
pub fn session_env(
    on: &Integration,
    vars: impl IntoIterator<Item = (String, String)>,
    localtime: Option<&Path>,
) -> Vec<String> {
    let mut names: Vec<&str> = SESSION_VARS.to_vec();
    let shared = [
        (
            on.gui,
            &[
                "DISPLAY",
                "XAUTHORITY",
                "WAYLAND_DISPLAY",
                "XDG_SESSION_TYPE",
            ][..],
        ),
        (on.audio, &["PULSE_SERVER"][..]),
        (on.dbus, &["DBUS_SESSION_BUS_ADDRESS"][..]),
        (on.ssh_agent, &["SSH_AUTH_SOCK"][..]),
    ];
    for (enabled, list) in shared {
        if enabled {
            names.extend_from_slice(list);
        }
    }
    let any_socket = on.gui || on.audio || on.dbus || on.gpg_agent;
    if any_socket {
        names.push("XDG_RUNTIME_DIR");
    }
    let mut out: Vec<String> = Vec::new();
    let mut have_tz = false;
    let mut have_pulse = false;
    let mut runtime = None;
    for (k, v) in vars {
        if k == "XDG_RUNTIME_DIR" {
            runtime = Some(v.clone());
        }
        if names.contains(&k.as_str()) || k.starts_with("LC_") {
            have_tz |= k == "TZ";
            have_pulse |= k == "PULSE_SERVER";
            out.push(format!("{k}={v}"));
        }
    }
    // Inside, $XDG_RUNTIME_DIR is a directory den made for the binds, not the user's: a
    // PulseAudio client refuses to look for its socket there, so it is named outright.
    if on.audio
        && !have_pulse
        && let Some(dir) = runtime
    {
        out.push(format!("PULSE_SERVER=unix:{dir}/pulse/native"));
    }
    // No TZ: the zone /etc/localtime names (tzdata inside resolves it; without, UTC).
    if !have_tz
        && let Some(zone) = localtime.and_then(|l| {
            l.to_str()?
                .split_once("zoneinfo/")
                .map(|(_, z)| z.to_string())
        })
    {
        out.push(format!("TZ={zone}"));
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toml(text: &str) -> DenToml {
        DenToml::parse(text, Path::new("/p/den.toml")).unwrap()
    }

    fn session<'a>(
        env: &'a dyn Fn(&str) -> Option<String>,
        exists: &'a dyn Fn(&Path) -> bool,
        project_home: Option<&str>,
    ) -> Session<'a> {
        Session {
            home: "/home/u".into(),
            project_home: project_home.map(PathBuf::from),
            shared_dirs: vec!["/home/u/src/p".into(), "/work/q".into()],
            env,
            exists,
        }
    }

    #[test]
    fn host_home_and_dirs_outside_it() {
        let env = |_: &str| None;
        let exists = |_: &Path| false;
        let s = settings(
            &toml(
                "image = \"a\"\nmounts = [\"/x:/y\"]\ndevices = [\"/dev/kvm\"]\nenv = { A = \"1\" }",
            ),
            &session(&env, &exists, None),
        );
        assert_eq!(
            s.volumes,
            [
                "/home/u:/home/u",
                "/work/q:/work/q",
                "/x:/y",
                "/dev/kvm:/dev/kvm:dev"
            ]
        );
        assert_eq!(s.env, ["HOME=/home/u", "A=1"]);
        assert_eq!(s.hostname.as_deref(), Some(HOSTNAME));
        assert_eq!(s.userns.as_deref(), Some("keep-id"));
        assert_eq!(s.network.as_deref(), Some("host"));
        assert_eq!(s.no_hosts, None);
        assert_eq!(s.security_opt, ["no-new-privileges=false"]);
        assert_eq!(s.entrypoint.as_deref(), Some(""));
    }

    #[test]
    fn hosts_off_keeps_the_images_file() {
        let env = |_: &str| None;
        let exists = |_: &Path| true;
        let s = settings(
            &toml("image = \"a\"\n[integration]\nhosts = false"),
            &session(&env, &exists, None),
        );
        assert_eq!(s.no_hosts, Some(true));
        assert!(!s.volumes.iter().any(|v| v.starts_with("/etc/")), "{s:?}");
    }

    #[test]
    fn project_home_goes_under_the_project_dirs() {
        let env = |_: &str| None;
        let exists = |_: &Path| false;
        let s = settings(
            &toml("image = \"a\""),
            &session(&env, &exists, Some("/d/h")),
        );
        assert_eq!(
            s.volumes,
            [
                "/d/h:/home/u",
                "/home/u/src/p:/home/u/src/p",
                "/work/q:/work/q"
            ]
        );
    }

    #[test]
    fn sockets_that_exist_are_shared_each_switchable() {
        let env = |n: &str| {
            match n {
                "XDG_RUNTIME_DIR" => Some("/run/user/1000"),
                "WAYLAND_DISPLAY" => Some("wayland-0"),
                "DBUS_SESSION_BUS_ADDRESS" => Some("unix:path=/run/user/1000/bus,guid=x"),
                "SSH_AUTH_SOCK" => Some("/tmp/ssh-x/agent.1"),
                "XAUTHORITY" => Some("/home/u/.Xauthority"),
                _ => None,
            }
            .map(String::from)
        };
        let exists = |p: &Path| p != Path::new("/run/user/1000/pipewire-0");
        let s = session(&env, &exists, None);
        let all = integration_mounts(&Integration::default(), &s);
        assert_eq!(
            all,
            [
                "/tmp/.X11-unix:/tmp/.X11-unix",
                "/run/user/1000/wayland-0:/run/user/1000/wayland-0",
                "/run/user/1000/pulse:/run/user/1000/pulse",
                "/run/user/1000/bus:/run/user/1000/bus",
                "/tmp/ssh-x/agent.1:/tmp/ssh-x/agent.1",
                "/run/user/1000/gnupg:/run/user/1000/gnupg",
                "/dev/dri:/dev/dri:dev",
                "/etc/resolv.conf:/etc/resolv.conf:ro",
            ]
        );
        let none = Integration {
            gui: false,
            audio: false,
            dbus: false,
            ssh_agent: false,
            gpg_agent: false,
            dri: false,
            hosts: false,
        };
        assert!(integration_mounts(&none, &s).is_empty());
        let only_dbus = Integration { dbus: true, ..none };
        assert_eq!(
            integration_mounts(&only_dbus, &s),
            ["/run/user/1000/bus:/run/user/1000/bus"]
        );
    }

    #[test]
    fn unix_addresses() {
        assert_eq!(unix_path("unix:path=/a/b,guid=1"), Some("/a/b".into()));
        assert_eq!(
            unix_path("unix:/run/pulse/native"),
            Some("/run/pulse/native".into())
        );
        assert_eq!(unix_path("unix:abstract=/tmp/x"), None);
        assert_eq!(unix_path("tcp:host=x"), None);
    }

    #[test]
    fn session_vars_follow_the_switches() {
        let vars = [
            ("TERM", "xterm"),
            ("LC_TIME", "C"),
            ("DISPLAY", ":1"),
            ("SSH_AUTH_SOCK", "/s"),
            ("XDG_RUNTIME_DIR", "/run/user/1"),
            ("PATH", "/bin"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string()));
        let on = Integration {
            ssh_agent: false,
            audio: false,
            ..Integration::default()
        };
        let got = session_env(
            &on,
            vars,
            Some(Path::new("/usr/share/zoneinfo/Europe/Paris")),
        );
        assert_eq!(
            got,
            [
                "DISPLAY=:1",
                "LC_TIME=C",
                "TERM=xterm",
                "TZ=Europe/Paris",
                "XDG_RUNTIME_DIR=/run/user/1"
            ]
        );
    }
}
