//! Networks, as the unprivileged users: the private default (pasta) and slirp4netns, ports
//! published to the host, isolation from the host's loopback, `none` and `host`, the
//! generated /etc/hosts and /etc/resolv.conf, `den port`, a port in use, and no network
//! helper left behind by `rm -f` or by `kill -9` of den or of the monitor.

mod common;

use common::lifecycle::{inspect, rm_f, wait_until};

use std::net::TcpListener;
use std::time::Duration;

const BUSYBOX: &str = "busybox.docker.tar";

fn name(user: &common::User, what: &str) -> String {
    format!("net-{what}-{}", if user.subids { "sub" } else { "one" })
}

fn alive(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|s| !s[s.rfind(')').unwrap() + 1..].trim_start().starts_with('Z'))
}

/// The pids whose parent is `parent`.
fn children(parent: i32) -> Vec<i32> {
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        let rest = &stat[stat.rfind(')').unwrap() + 2..];
        let ppid: i32 = rest.split(' ').nth(1).unwrap().parse().unwrap();
        if ppid == parent {
            out.push(pid);
        }
    }
    out
}

/// The network helper of a running container: the child of its monitor (or foreground den)
/// that is not the container's init.
fn helper_of(parent: i32, init: i32) -> i32 {
    let mut found = 0;
    wait_until("the network helper", Duration::from_secs(10), || {
        found = children(parent)
            .into_iter()
            .find(|p| *p != init)
            .unwrap_or(0);
        found != 0
    });
    found
}

fn publish_and_fetch(user: &common::User, network: &str) {
    let n = name(user, &format!("web-{network}"));
    rm_f(user, &n);
    let port = common::free_port();
    let spec = format!("127.0.0.1:{port}:80");
    user.den(&[
        "run",
        "-d",
        "--name",
        &n,
        "--network",
        network,
        "--hostname",
        "webhost",
        "-p",
        &spec,
        "busybox",
        "httpd",
        "-f",
        "-p",
        "80",
        "-h",
        "/etc",
    ])
    .run()
    .success("run -d -p");
    let mut answer = None;
    wait_until("httpd to answer", Duration::from_secs(10), || {
        answer = common::http_get(port, "/hostname");
        answer.as_deref().is_some_and(|a| a.contains("200 OK"))
    });
    assert!(answer.unwrap().contains("webhost"), "{network}");
    assert_eq!(
        user.den(&["port", &n]).run().success("port").trim(),
        format!("80/tcp -> 127.0.0.1:{port}")
    );
    assert_eq!(
        user.den(&["port", &n, "80"])
            .run()
            .success("port 80")
            .trim(),
        format!("127.0.0.1:{port}")
    );
    let ps = user
        .den(&[
            "ps",
            "--filter",
            &format!("name={n}"),
            "--format",
            "{{.Ports}}",
        ])
        .run()
        .success("ps");
    assert_eq!(ps.trim(), format!("127.0.0.1:{port}->80/tcp"));
    assert_eq!(
        inspect(user, &n, "{{json .NetworkSettings.Ports}}"),
        format!(r#"{{"80/tcp":[{{"HostIp":"127.0.0.1","HostPort":"{port}"}}]}}"#)
    );
    assert_eq!(inspect(user, &n, "{{.HostConfig.NetworkMode}}"), network);
    rm_f(user, &n);
    // The port is free again: nothing holds it after rm -f.
    wait_until("the host port to be free", Duration::from_secs(5), || {
        TcpListener::bind(("127.0.0.1", port)).is_ok()
    });
}

#[test]
fn published_port_answers_from_the_host_with_pasta() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        publish_and_fetch(user, "pasta");
    });
}

#[test]
fn published_port_answers_from_the_host_with_slirp4netns() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        publish_and_fetch(user, "slirp4netns");
    });
}

// The container must not reach what the host serves on its loopback (pasta maps the gateway
// address to it unless told not to; slirp4netns's 10.0.2.2 is the host's loopback unless
// disabled); with --network host it does, which shows the probe works.
#[test]
fn host_loopback_server_is_out_of_reach() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let server = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = server.local_addr().unwrap().port().to_string();
        // Accepts and closes each connection, counting them.
        let accepted = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let count = accepted.clone();
        std::thread::spawn(move || {
            for conn in server.incoming() {
                drop(conn);
                count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }
        });
        let probe = |network: &str, addr: &str| {
            user.den(&[
                "run",
                "--rm",
                "--network",
                network,
                "busybox",
                "sh",
                "-c",
                &format!("echo x | nc -w 2 {addr} {port} && echo CONNECTED || echo REFUSED"),
            ])
            .run()
            .success("probe")
        };
        let gateway = inspect_gateway(user);
        for (network, addr) in [
            ("private", "127.0.0.1"),
            ("private", gateway.as_str()),
            ("slirp4netns", "10.0.2.2"),
            ("slirp4netns", "127.0.0.1"),
        ] {
            let out = probe(network, addr);
            assert!(out.contains("REFUSED"), "{network} reached {addr}: {out}");
        }
        assert_eq!(
            accepted.load(std::sync::atomic::Ordering::SeqCst),
            0,
            "a connection reached the host"
        );
        let out = probe("host", "127.0.0.1");
        assert!(out.contains("CONNECTED"), "--network host: {out}");
        assert_eq!(accepted.load(std::sync::atomic::Ordering::SeqCst), 1);
    });
}

/// The gateway the container's default route uses.
fn inspect_gateway(user: &common::User) -> String {
    let out = user
        .den(&["run", "--rm", "busybox", "ip", "route"])
        .run()
        .success("ip route");
    out.lines()
        .find_map(|l| l.strip_prefix("default via "))
        .and_then(|l| l.split_whitespace().next())
        .expect("a default route in the private network")
        .to_string()
}

/// Interface names in a /proc/net/dev listing.
fn interfaces(dev: &str) -> Vec<String> {
    let mut names: Vec<String> = dev
        .lines()
        .skip(2)
        .filter_map(|l| l.split(':').next())
        .map(|n| n.trim().to_string())
        .collect();
    names.sort();
    names
}

#[test]
fn network_none_has_only_loopback_and_host_sees_the_hosts() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let none = user
            .den(&[
                "run",
                "--rm",
                "--network",
                "none",
                "busybox",
                "cat",
                "/proc/net/dev",
            ])
            .run()
            .success("none");
        assert_eq!(interfaces(&none), ["lo"]);
        let host = user
            .den(&[
                "run",
                "--rm",
                "--network",
                "host",
                "busybox",
                "cat",
                "/proc/net/dev",
            ])
            .run()
            .success("host");
        let ours = interfaces(&std::fs::read_to_string("/proc/net/dev").unwrap());
        assert_eq!(interfaces(&host), ours);
        assert!(ours.len() > 1, "the host has only {ours:?}");
        let private = user
            .den(&["run", "--rm", "busybox", "cat", "/proc/net/dev"])
            .run()
            .success("private");
        let private = interfaces(&private);
        assert!(
            private.len() == 2 && private.contains(&"lo".to_string()),
            "{private:?}"
        );
    });
}

#[test]
fn hosts_and_resolv_conf_follow_the_flags() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "names");
        rm_f(user, &n);
        let out = user
            .den(&[
                "run",
                "--rm",
                "--name",
                &n,
                "--hostname",
                "hh",
                "--add-host",
                "db:10.1.2.3",
                "--dns",
                "9.9.9.9",
                "--dns-search",
                "example.com",
                "--dns-option",
                "ndots:2",
                "busybox",
                "sh",
                "-c",
                "cat /etc/hosts; echo ---; cat /etc/resolv.conf",
            ])
            .run()
            .success("run with name flags");
        let (hosts, resolv) = out.split_once("---\n").unwrap();
        assert!(hosts.starts_with("10.1.2.3\tdb\n"), "{hosts}");
        assert!(hosts.contains(&format!("\thh {n}\n")), "{hosts}");
        assert!(hosts.contains("\thost.containers.internal\n"), "{hosts}");
        assert!(hosts.contains("localhost"), "{hosts}");
        assert_eq!(
            resolv,
            "search example.com\nnameserver 9.9.9.9\noptions ndots:2\n"
        );
        // slirp4netns: its own DNS forwarder first.
        let resolv = user
            .den(&[
                "run",
                "--rm",
                "--network",
                "slirp4netns",
                "busybox",
                "cat",
                "/etc/resolv.conf",
            ])
            .run()
            .success("slirp resolv");
        assert!(resolv.starts_with("nameserver 10.0.2.3\n"), "{resolv}");
        // --no-hosts: the image's file (busybox has none) stays.
        user.den(&["run", "--rm", "--no-hosts", "busybox", "cat", "/etc/hosts"])
            .run()
            .code_is(1);
        let bad = user
            .den(&["run", "--rm", "--add-host", "x:1.2.3", "busybox", "true"])
            .run();
        bad.code_is(125)
            .stderr_has("invalid IP address in add-host");
    });
}

// den does not wait for a killed helper's whole exit (its tap device's removal is slow), only
// for the host ports it published: they are free the moment `den run --rm -p` returns, so the
// same port can be published again at once.
#[test]
fn a_published_port_is_free_when_run_rm_returns() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        for network in ["pasta", "slirp4netns"] {
            let port = common::free_port();
            let spec = format!("127.0.0.1:{port}:80");
            for round in 0..2 {
                user.den(&[
                    "run",
                    "--rm",
                    "--network",
                    network,
                    "-p",
                    &spec,
                    "busybox",
                    "true",
                ])
                .run()
                .success(&format!("run --rm -p, {network}, round {round}"));
                assert!(
                    TcpListener::bind(("127.0.0.1", port)).is_ok(),
                    "{network}: port {port} still held after den run --rm returned"
                );
            }
        }
    });
}

#[test]
fn a_host_port_in_use_is_named() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let taken = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = taken.local_addr().unwrap().port();
        let n = name(user, "inuse");
        rm_f(user, &n);
        let out = user
            .den(&[
                "run",
                "-d",
                "--name",
                &n,
                "-p",
                &format!("127.0.0.1:{port}:80"),
                "busybox",
                "sleep",
                "100",
            ])
            .run();
        out.code_is(125)
            .stderr_has(&format!("127.0.0.1:{port}/tcp is already in use"));
        rm_f(user, &n);
        user.den(&["run", "--rm", "-p", "80/xyz", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("unrecognized protocol \"xyz\" in port mapping");
        user.den(&["run", "--rm", "--network", "mynet", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("network not found");
    });
}

#[test]
fn publish_all_and_random_ports_are_recorded() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "pall");
        rm_f(user, &n);
        user.den(&[
            "create",
            "--name",
            &n,
            "--expose",
            "7000-7001",
            "-P",
            "-p",
            "127.0.0.1::99",
            "busybox",
            "true",
        ])
        .run()
        .success("create -P");
        let lines = user.den(&["port", &n]).run().success("port");
        let lines: Vec<&str> = lines.lines().collect();
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(lines[0].starts_with("99/tcp -> 127.0.0.1:"), "{lines:?}");
        assert!(lines[1].starts_with("7000/tcp -> 0.0.0.0:"), "{lines:?}");
        let host_port: u16 = lines[0].rsplit(':').next().unwrap().parse().unwrap();
        assert_ne!(host_port, 0);
        user.den(&["port", &n, "81"])
            .run()
            .code_is(125)
            .stderr_has("failed to find published port \"81/tcp\"");
        rm_f(user, &n);
    });
}

#[test]
fn exec_joins_the_private_network() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "exec");
        rm_f(user, &n);
        user.den(&["run", "-d", "--name", &n, "busybox", "sleep", "100"])
            .run()
            .success("run -d");
        let init = inspect(user, &n, "{{.State.Pid}}");
        let theirs = std::fs::read_link(format!("/proc/{init}/ns/net")).unwrap();
        let seen = user
            .den(&["exec", &n, "readlink", "/proc/self/ns/net"])
            .run()
            .success("exec readlink");
        assert_eq!(seen.trim(), theirs.to_str().unwrap());
        let ours = std::fs::read_link("/proc/self/ns/net").unwrap();
        assert_ne!(theirs, ours, "the container shares the host's network");
        rm_f(user, &n);
    });
}

#[test]
fn rm_f_leaves_no_network_helper() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        for network in ["pasta", "slirp4netns"] {
            let n = name(user, &format!("rm-{network}"));
            rm_f(user, &n);
            user.den(&[
                "run",
                "-d",
                "--name",
                &n,
                "--network",
                network,
                "busybox",
                "sleep",
                "100",
            ])
            .run()
            .success("run -d");
            let init: i32 = inspect(user, &n, "{{.State.Pid}}").parse().unwrap();
            let monitor: i32 = inspect(user, &n, "{{.State.ConmonPid}}").parse().unwrap();
            let helper = helper_of(monitor, init);
            assert!(alive(helper));
            user.den(&["rm", "-f", &n]).run().success("rm -f");
            wait_until("the helper to go", Duration::from_secs(10), || {
                !alive(helper)
            });
            // kill -9 of the monitor: the container and its helper go too.
            user.den(&[
                "run",
                "-d",
                "--name",
                &n,
                "--network",
                network,
                "busybox",
                "sleep",
                "100",
            ])
            .run()
            .success("run -d again");
            let init: i32 = inspect(user, &n, "{{.State.Pid}}").parse().unwrap();
            let monitor: i32 = inspect(user, &n, "{{.State.ConmonPid}}").parse().unwrap();
            let helper = helper_of(monitor, init);
            nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(monitor),
                nix::sys::signal::Signal::SIGKILL,
            )
            .unwrap();
            wait_until(
                "the helper to die with the monitor",
                Duration::from_secs(10),
                || !alive(helper) && !alive(init),
            );
            rm_f(user, &n);
        }
    });
}

// den in the foreground is the helper's parent: a kill -9 of den must take pasta with it
// (pasta holds the namespace open, so it would not notice the container is gone).
#[test]
fn kill_9_of_den_in_the_foreground_leaves_no_pasta() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let n = name(user, "fg");
        rm_f(user, &n);
        let mut child = user
            .den(&["run", "--name", &n, "busybox", "sleep", "100"])
            .command()
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let mut init = 0;
        wait_until("the container to run", Duration::from_secs(20), || {
            let out = user
                .den(&["container", "inspect", "--format", "{{.State.Pid}}", &n])
                .run();
            init = out.stdout().trim().parse().unwrap_or(0);
            init != 0
        });
        let den = parent_of(init);
        let helper = helper_of(den, init);
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(den),
            nix::sys::signal::Signal::SIGKILL,
        )
        .unwrap();
        wait_until("pasta to die with den", Duration::from_secs(10), || {
            !alive(helper) && !alive(init)
        });
        let _ = child.wait();
        rm_f(user, &n);
    });
}

fn parent_of(pid: i32) -> i32 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let rest = &stat[stat.rfind(')').unwrap() + 2..];
    rest.split(' ').nth(1).unwrap().parse().unwrap()
}
