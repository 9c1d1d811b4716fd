//! User-defined networks, as the unprivileged users (with subordinate ranges and in one-id
//! mode): containers on one network reach each other by name, alias and short id through
//! the network's DNS server; `-p` publishes from a network; an internal network has no way
//! out; `connect` of a running container; a killed holder is detected and repaired; nothing
//! is left running once the last container goes; the commands' errors.
//!
//! busybox's wget crashes (status 139) with `-T`, so the time limits here are `timeout`'s.

mod common;

use common::lifecycle::{inspect, rm_f, wait_until};

use std::time::Duration;

const BUSYBOX: &str = "busybox.docker.tar";

fn tag(user: &common::User) -> &'static str {
    if user.subids { "sub" } else { "one" }
}

fn alive(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|s| !s[s.rfind(')').unwrap() + 1..].trim_start().starts_with('Z'))
}

/// The pid of network `net`'s holder, from den's runtime dir.
fn holder_pid(user: &common::User, net: &str) -> Option<i32> {
    let run = user
        .den(&["info", "--format", "{{.Store.RunRoot}}"])
        .run()
        .success("info");
    std::fs::read_to_string(format!("{}/networks/{net}.pid", run.trim()))
        .ok()
        .and_then(|t| t.trim().parse().ok())
        .filter(|p| alive(*p))
}

fn fresh_network(user: &common::User, net: &str, extra: &[&str]) {
    let _ = user.den(&["network", "rm", "-f", net]).run();
    let mut args = vec!["network", "create"];
    args.extend_from_slice(extra);
    args.push(net);
    assert_eq!(user.den(&args).run().success("network create").trim(), net);
}

fn serve(user: &common::User, ctr: &str, net: &str, extra: &[&str]) {
    rm_f(user, ctr);
    let mut args = vec!["run", "-d", "--name", ctr, "--network", net];
    args.extend_from_slice(extra);
    args.extend(["busybox", "httpd", "-f", "-p", "80", "-h", "/etc"]);
    user.den(&args).run().success("run -d httpd");
}

/// What a fresh container on `net` gets from `http://HOST/hostname` (empty on failure).
fn fetch(user: &common::User, net: &str, host: &str) -> String {
    let script = format!("timeout 10 wget -qO- http://{host}/hostname || echo FAILED");
    user.den(&[
        "run",
        "--rm",
        "--network",
        net,
        "busybox",
        "sh",
        "-c",
        &script,
    ])
    .run()
    .success("run a client")
}

#[test]
fn containers_on_a_network_reach_each_other_by_name() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let net = format!("nw-names-{}", tag(user));
        let web = format!("nw-web-{}", tag(user));
        fresh_network(user, &net, &[]);
        serve(
            user,
            &web,
            &net,
            &["--network-alias", "www", "--hostname", "webhost"],
        );
        let id = inspect(user, &web, "{{.Id}}");
        for host in [
            web.clone(),
            "www".into(),
            format!("{web}.dns.podman"),
            id[..12].to_string(),
        ] {
            let got = fetch(user, &net, &host);
            assert_eq!(got.trim(), "webhost", "GET http://{host}/");
        }
        let ip = inspect(
            user,
            &web,
            &format!("{{{{(index .NetworkSettings.Networks \"{net}\").IPAddress}}}}"),
        );
        assert!(ip.starts_with("10.89."), "address {ip}");
        assert_eq!(inspect(user, &web, "{{.NetworkSettings.IPAddress}}"), ip);
        assert_eq!(inspect(user, &web, "{{.HostConfig.NetworkMode}}"), "bridge");
        let ps = user
            .den(&[
                "ps",
                "--filter",
                &format!("name={web}"),
                "--format",
                "{{.Networks}}",
            ])
            .run()
            .success("ps");
        assert_eq!(ps.trim(), net);
        // The client's files: the network's DNS server first, its own address in hosts.
        let files = user
            .den(&[
                "run",
                "--rm",
                "--network",
                &net,
                "--name",
                &format!("nw-cl-{}", tag(user)),
                "busybox",
                "cat",
                "/etc/resolv.conf",
                "/etc/hosts",
            ])
            .run()
            .success("cat files");
        assert!(files.contains("search dns.podman"), "{files}");
        let gateway = inspect(
            user,
            &web,
            &format!("{{{{(index .NetworkSettings.Networks \"{net}\").Gateway}}}}"),
        );
        let first_server = files
            .lines()
            .find(|l| l.starts_with("nameserver"))
            .unwrap_or_default();
        assert_eq!(first_server, format!("nameserver {gateway}"));
        // A name that is not on the network is not found.
        let miss = fetch(user, &net, "nosuchcontainer");
        assert!(miss.contains("FAILED"), "{miss}");
        // Nothing is left once the last container goes: the holder exits with it.
        let holder = holder_pid(user, &net).expect("a holder while the server runs");
        rm_f(user, &web);
        wait_until("the holder to go", Duration::from_secs(15), || {
            !alive(holder)
        });
        assert_eq!(holder_pid(user, &net), None);
        user.den(&["network", "rm", &net])
            .run()
            .success("network rm");
    });
}

#[test]
fn a_network_publishes_ports_and_an_internal_one_has_no_way_out() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let net = format!("nw-pub-{}", tag(user));
        let web = format!("nw-pubweb-{}", tag(user));
        fresh_network(user, &net, &[]);
        let port = common::free_port();
        serve(
            user,
            &web,
            &net,
            &[
                "-p",
                &format!("127.0.0.1:{port}:80"),
                "--hostname",
                "pubhost",
            ],
        );
        let mut answer = None;
        wait_until(
            "the published port to answer",
            Duration::from_secs(10),
            || {
                answer = common::http_get(port, "/hostname");
                answer.as_deref().is_some_and(|a| a.contains("200 OK"))
            },
        );
        assert!(answer.unwrap().contains("pubhost"));
        assert_eq!(
            user.den(&["port", &web]).run().success("port").trim(),
            format!("80/tcp -> 127.0.0.1:{port}")
        );
        rm_f(user, &web);

        let internal = format!("nw-int-{}", tag(user));
        fresh_network(user, &internal, &["--internal"]);
        let out = user
            .den(&[
                "run",
                "--rm",
                "--network",
                &internal,
                "busybox",
                "sh",
                "-c",
                "ip route; nslookup example.org >/dev/null 2>&1 && echo RESOLVED || echo REFUSED",
            ])
            .run()
            .success("internal client");
        assert!(
            !out.contains("default"),
            "an internal network has a default route: {out}"
        );
        assert!(
            out.contains("REFUSED"),
            "an internal network resolved an outside name: {out}"
        );
        let failed = user
            .den(&[
                "run",
                "--rm",
                "--network",
                &internal,
                "-p",
                "8080:80",
                "busybox",
                "true",
            ])
            .run();
        assert_eq!(failed.code(), 125);
        assert!(
            failed.stderr().contains("internal network"),
            "{}",
            failed.stderr()
        );
        user.den(&["network", "rm", &net, &internal])
            .run()
            .success("network rm");
    });
}

#[test]
fn a_killed_holder_is_detected_and_repaired() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let net = format!("nw-repair-{}", tag(user));
        let web = format!("nw-rweb-{}", tag(user));
        fresh_network(user, &net, &[]);
        serve(user, &web, &net, &["--hostname", "repaired"]);
        assert_eq!(fetch(user, &net, &web).trim(), "repaired");
        let holder = holder_pid(user, &net).expect("a holder");
        // The test started this holder (through den): it ends it by pid.
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(holder),
            nix::sys::signal::Signal::SIGKILL,
        )
        .unwrap();
        wait_until("the holder to die", Duration::from_secs(5), || {
            !alive(holder)
        });
        // The server loses its interface with the holder's namespace (which the kernel
        // tears down a moment after its last process).
        wait_until(
            "eth0 to go with the holder",
            Duration::from_secs(20),
            || {
                let addr = user
                    .den(&["exec", &web, "ip", "-o", "-4", "addr"])
                    .run()
                    .success("exec ip");
                !addr.contains("eth0")
            },
        );
        user.den(&["network", "reload", "--all"])
            .run()
            .success("network reload");
        let again = holder_pid(user, &net).expect("a new holder");
        assert_ne!(again, holder);
        let addr = user
            .den(&["exec", &web, "ip", "-o", "-4", "addr"])
            .run()
            .success("exec ip");
        assert!(addr.contains("eth0"), "no eth0 after the repair: {addr}");
        assert_eq!(fetch(user, &net, &web).trim(), "repaired");
        // The next `run` repairs too, without reload.
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(again),
            nix::sys::signal::Signal::SIGKILL,
        )
        .unwrap();
        wait_until("the holder to die", Duration::from_secs(5), || {
            !alive(again)
        });
        assert_eq!(fetch(user, &net, &web).trim(), "repaired");
        rm_f(user, &web);
        user.den(&["network", "rm", &net])
            .run()
            .success("network rm");
    });
}

#[test]
fn connect_and_disconnect_a_running_container() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let a = format!("nw-a-{}", tag(user));
        let b = format!("nw-b-{}", tag(user));
        let web = format!("nw-cweb-{}", tag(user));
        fresh_network(user, &a, &[]);
        fresh_network(user, &b, &[]);
        serve(user, &web, &a, &["--hostname", "twonets"]);
        assert!(
            fetch(user, &b, &web).contains("FAILED"),
            "reached before connect"
        );
        user.den(&["network", "connect", "--alias", "second", &b, &web])
            .run()
            .success("connect");
        assert_eq!(fetch(user, &b, "second").trim(), "twonets");
        let again = user.den(&["network", "connect", &b, &web]).run();
        assert_eq!(again.code(), 125);
        assert!(
            again.stderr().contains("already connected"),
            "{}",
            again.stderr()
        );
        let nets = inspect(
            user,
            &web,
            "{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}",
        );
        assert_eq!(nets.split_whitespace().count(), 2, "{nets}");
        user.den(&["network", "disconnect", &b, &web])
            .run()
            .success("disconnect");
        assert!(
            fetch(user, &b, &web).contains("FAILED"),
            "reached after disconnect"
        );
        assert_eq!(fetch(user, &a, &web).trim(), "twonets");
        // A container on a network blocks its removal; -f removes the container too.
        let busy = user.den(&["network", "rm", &a]).run();
        assert_eq!(busy.code(), 2);
        assert!(
            busy.stderr().contains("network is being used"),
            "{}",
            busy.stderr()
        );
        user.den(&["network", "rm", "-f", "-t", "0", &a])
            .run()
            .success("network rm -f");
        let gone = user.den(&["container", "exists", &web]).run();
        assert_eq!(gone.code(), 1, "the container outlived network rm -f");
        user.den(&["network", "rm", &b]).run().success("network rm");
    });
}

#[test]
fn network_commands_say_what_is_wrong() {
    for_each_user!(|user| {
        let net = format!("nw-err-{}", tag(user));
        fresh_network(
            user,
            &net,
            &["--subnet", "10.123.7.0/24", "--label", "team=x"],
        );
        let dup = user.den(&["network", "create", &net]).run();
        assert_eq!(dup.code(), 125);
        assert!(
            dup.stderr().contains("network already exists"),
            "{}",
            dup.stderr()
        );
        let clash = user
            .den(&["network", "create", "--subnet", "10.123.0.0/16", "other"])
            .run();
        assert_eq!(clash.code(), 125);
        assert!(
            clash.stderr().contains("already used"),
            "{}",
            clash.stderr()
        );
        assert_eq!(user.den(&["network", "exists", &net]).run().code(), 0);
        assert_eq!(
            user.den(&["network", "exists", "nw-nosuch"]).run().code(),
            1
        );
        let subnet = user
            .den(&[
                "network",
                "inspect",
                "-f",
                "{{range .subnets}}{{.subnet}} {{.gateway}}{{end}}",
                &net,
            ])
            .run()
            .success("inspect");
        assert_eq!(subnet.trim(), "10.123.7.0/24 10.123.7.1");
        let listed = user
            .den(&[
                "network",
                "ls",
                "--filter",
                "label=team=x",
                "--format",
                "{{.Name}}",
            ])
            .run()
            .success("ls");
        assert_eq!(listed.trim(), net);
        let default = user.den(&["network", "rm", "podman"]).run();
        assert_eq!(default.code(), 125);
        let bad_ip = user
            .den(&[
                "create",
                "--network",
                &net,
                "--ip",
                "10.9.9.9",
                "busybox",
                "true",
            ])
            .run();
        assert_eq!(bad_ip.code(), 125);
        assert!(
            bad_ip.stderr().contains("not in any subnet"),
            "{}",
            bad_ip.stderr()
        );
        let keep_id = user
            .den(&[
                "create",
                "--network",
                &net,
                "--userns",
                "keep-id",
                "busybox",
                "true",
            ])
            .run();
        assert_eq!(keep_id.code(), 125);
        assert!(
            keep_id.stderr().contains("--userns"),
            "{}",
            keep_id.stderr()
        );
        user.den(&["network", "rm", &net])
            .run()
            .success("network rm");
        let missing = user.den(&["network", "rm", &net]).run();
        assert_eq!(missing.code(), 1);
        assert!(
            missing.stderr().contains("network not found"),
            "{}",
            missing.stderr()
        );
    });
}
