//! Differential cases for networks and published ports: the same command lines through podman
//! 4.3 and den (tests/common/differential.rs), as each unprivileged user. Cases written from
//! podman-run(1) and podman-port(1): bad `-p` specs (exit code and podman's phrase), and for a
//! running container with published ports `port`, the PORTS of `ps` and
//! `NetworkSettings.Ports` of `inspect`, compared with the host ports the kernel picked
//! replaced by a marker (both run at once, so they cannot share one).

mod common;

use common::differential::{Pair, case, normalise, run_cases};
use regex::Regex;

#[test]
fn bad_publish_specs() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "netspec");
        let bad = |name: &str, spec: &str, phrase: &str| {
            case(name, &["create", "-p", spec, "busybox", "true"]).stderr_has(phrase)
        };
        let cases = [
            bad("not a number", "abc", "invalid port number"),
            bad(
                "host port too big",
                "70000:80",
                "port numbers must be between 1 and 65535 (inclusive), got 70000",
            ),
            bad("host port zero", "0:80", "got 0"),
            bad("container port zero", "8080:0", "parsing container port"),
            bad(
                "ranges of different lengths",
                "8000-8010:80-85",
                "host and container port ranges have different lengths: 11 vs 6",
            ),
            bad(
                "bad address",
                "1.2.3:80:80",
                "cannot parse \"1.2.3\" as an IP address",
            ),
            bad(
                "bad protocol",
                "80/xyz",
                "unrecognized protocol \"xyz\" in port mapping",
            ),
            bad("backward range", "80-78", "78 is not higher than 80"),
            case(
                "unknown network",
                &["create", "--network", "nosuchnet", "busybox", "true"],
            )
            .stderr_has("unable to find network with name or ID nosuchnet: network not found"),
            case("port of a container with none", &["port", "c"])
                .setup(&["run", "-d", "--name", "c", "busybox", "sleep", "60"])
                .stdout(),
            case("port of a missing container", &["port", "nosuch"]),
        ];
        run_cases(&pair, "network specs", &cases);
    });
}

/// Host ports (the kernel's free ones) replaced by `<PORT>`.
fn ports_hidden(text: &str) -> String {
    let re = Regex::new(r#":\d{2,5}\b|HostPort":"\d+""#).unwrap();
    re.replace_all(&normalise(text), |c: &regex::Captures| {
        if c[0].starts_with(':') {
            ":<PORT>".to_string()
        } else {
            "HostPort\":\"<PORT>\"".to_string()
        }
    })
    .into_owned()
}

/// The text with its lines, and the ", "-separated items of each line, sorted: podman 4.3 lists
/// a container's port mappings in the order of a Go map (it differs from run to run), so
/// `port` and `ps` are compared as sets. `inspect`'s JSON has sorted keys and is compared as is.
fn order_free(text: &str) -> String {
    let mut lines: Vec<String> = text
        .lines()
        .map(|line| {
            let mut items: Vec<&str> = line.split(", ").collect();
            items.sort_unstable();
            items.join(", ")
        })
        .collect();
    lines.sort_unstable();
    lines.join("\n")
}

#[test]
fn published_ports_are_shown_as_podman_shows_them() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "netports");
        pair.clean();
        let run = [
            "run",
            "-d",
            "--name",
            "web",
            "-p",
            "127.0.0.1::80",
            "-p",
            "127.0.0.1::53/udp",
            "--expose",
            "555",
            "busybox",
            "httpd",
            "-f",
            "-p",
            "80",
        ];
        let (p, d) = pair.both(&run);
        assert_eq!((p.code, d.code), (0, 0), "run -d -p: {p:?} {d:?}");
        let mut failures = Vec::new();
        for args in [
            vec!["port", "web"],
            vec!["port", "web", "80"],
            vec!["port", "web", "53/udp"],
            vec!["port", "web", "81"],
            vec!["ps", "--format", "{{.Ports}}"],
            vec![
                "inspect",
                "--format",
                "{{json .NetworkSettings.Ports}}",
                "web",
            ],
            vec![
                "inspect",
                "--format",
                "{{json .HostConfig.PortBindings}}",
                "web",
            ],
        ] {
            let (p, d) = pair.both(&args);
            let (ps, ds) = (
                order_free(&ports_hidden(&p.stdout)),
                order_free(&ports_hidden(&d.stdout)),
            );
            if p.code != d.code || ps != ds {
                failures.push(format!(
                    "`{}` as {}: podman exit {} {ps:?}, den exit {} {ds:?}",
                    args.join(" "),
                    user.label(),
                    p.code,
                    d.code
                ));
            }
        }
        pair.clean();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    });
}

/// `den network` against `podman network`, cases written from podman-network-create(1),
/// -ls(1), -inspect(1), -rm(1), -exists(1) and -prune(1). Each case uses networks of its
/// own (they stay between cases; containers do not). Ids are normalised; subnets are given
/// where the output shows them, since each store picks the first free one.
#[test]
fn network_commands() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "netcmd");
        let cases = [
            case("create prints the name", &["network", "create", "n-create"]).stdout(),
            case("create an existing name", &["network", "create", "n-dup"])
                .setup(&["network", "create", "n-dup"])
                .stderr_has("network name n-dup already used: network already exists"),
            case("create a bad name", &["network", "create", "bad name"])
                .stderr_has("names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"),
            case(
                "create with a gateway outside the subnet",
                &["network", "create", "--subnet", "10.201.0.0/24", "--gateway", "10.202.0.1", "n-gw"],
            )
            .stderr_has("gateway 10.202.0.1 not in subnet 10.201.0.0/24"),
            case(
                "create on a subnet in use",
                &["network", "create", "--subnet", "10.203.0.0/16", "n-used2"],
            )
            .setup(&["network", "create", "--subnet", "10.203.1.0/24", "n-used1"])
            .stderr_has("is already used on the host or by another config"),
            case(
                "inspect a network with a subnet, gateway, label and internal",
                &["network", "inspect", "-f", "{{.Name}} {{.Driver}} {{.Subnets}} {{.Internal}} {{.DNSEnabled}} {{.Labels}}", "n-insp"],
            )
            .setup(&["network", "create", "--subnet", "10.204.0.0/24", "--gateway", "10.204.0.254", "--internal", "--label", "a=b", "n-insp"])
            .stdout(),
            case("inspect a missing network", &["network", "inspect", "n-nosuch"])
                .stderr_has("unable to find network with name or ID n-nosuch: network not found"),
            case("exists", &["network", "exists", "n-ex"]).setup(&["network", "create", "n-ex"]),
            case("exists of a missing network", &["network", "exists", "n-nosuch"]),
            case("rm a missing network", &["network", "rm", "n-nosuch"])
                .stderr_has("network not found"),
            case("rm the default network", &["network", "rm", "podman"])
                .stderr_has("default network podman cannot be removed"),
            case("rm prints the name", &["network", "rm", "n-rm"])
                .setup(&["network", "create", "n-rm"])
                .stdout(),
            case("rm a network in use", &["network", "rm", "n-busy"])
                .setup(&["network", "create", "n-busy"])
                .setup(&["create", "--network", "n-busy", "busybox", "true"])
                .stderr_has("has associated containers with it. Use -f to forcibly delete containers and pods: network is being used"),
            case("ls -q", &["network", "ls", "-q"]).stdout(),
            case("ls", &["network", "ls"]).stdout(),
            case("ls --format", &["network", "ls", "--format", "{{.Name}} {{.Driver}} {{.Internal}} {{.Labels}}"]).stdout(),
            case("ls --format table", &["network", "ls", "--format", "table {{.Name}} {{.Driver}}"]).stdout(),
            case("ls --filter name", &["network", "ls", "--filter", "name=n-in", "--format", "{{.Name}}"]).stdout(),
            case("ls --filter label", &["network", "ls", "--filter", "label=a=b", "-q"]).stdout(),
            case("prune -f", &["network", "prune", "-f"]).unordered().stdout(),
            case("ls after prune", &["network", "ls"]).stdout(),
        ];
        run_cases(&pair, "network commands", &cases);
    });
}
