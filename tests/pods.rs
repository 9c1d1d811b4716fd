//! Pods, as the unprivileged users (subordinate ranges and one-id mode): two containers of a
//! pod share the network (one serves on the pod's loopback, the other reaches it; a container
//! outside the pod does not), the UTS namespace (the pod's hostname) and the IPC namespace;
//! the pod's published port answers from the host; `pod ps`, `pod inspect`, `ps --pod`,
//! `pod stop/start/kill/restart/rm/prune/exists`; the refusals (flags the pod decides, the
//! infra's `rm`, a running pod's `rm`); nothing left running after `pod rm -f`.

mod common;

use common::lifecycle::{inspect, wait_until};

use std::time::Duration;

const BUSYBOX: &str = "busybox.docker.tar";

fn pod_name(user: &common::User, what: &str) -> String {
    format!("pod-{what}-{}", if user.subids { "sub" } else { "one" })
}

fn pod_rm_f(user: &common::User, pod: &str) {
    let _ = user.den(&["pod", "rm", "-f", pod]).run();
}

fn pod_field(user: &common::User, pod: &str, field: &str) -> String {
    user.den(&["pod", "inspect", "--format", field, pod])
        .run()
        .success("pod inspect")
        .trim()
        .to_string()
}

fn pid_alive(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|s| !s[s.rfind(')').unwrap() + 1..].trim_start().starts_with('Z'))
}

#[test]
fn a_pods_containers_share_network_hostname_and_ipc() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let pod = pod_name(user, "share");
        pod_rm_f(user, &pod);
        let port = common::free_port();
        let id = user
            .den(&[
                "pod",
                "create",
                "--name",
                &pod,
                "--hostname",
                "podhost",
                "--add-host",
                "db.pod:10.1.2.3",
                "-p",
                &format!("127.0.0.1:{port}:80"),
            ])
            .run()
            .success("pod create");
        let id = id.trim();
        assert_eq!(id.len(), 64, "pod create prints the pod's id: {id}");
        let web = format!("{pod}-web");
        user.den(&[
            "run", "-d", "--name", &web, "--pod", &pod, "busybox", "httpd", "-f", "-p", "80", "-h",
            "/etc",
        ])
        .run()
        .success("run -d --pod");
        // The pod's published port reaches the server of one of its containers.
        let mut answer = None;
        wait_until("httpd to answer", Duration::from_secs(10), || {
            answer = common::http_get(port, "/hostname");
            answer.as_deref().is_some_and(|a| a.contains("200 OK"))
        });
        assert!(answer.unwrap().contains("podhost"));
        // Another container of the pod reaches it on the pod's loopback, with the pod's
        // hostname, in the same network, UTS and IPC namespaces.
        let ns = "for n in net uts ipc; do readlink /proc/self/ns/$n; done";
        let probe = format!(
            "hostname; printf 'GET /hostname HTTP/1.0\\r\\n\\r\\n' | nc -w 3 127.0.0.1 80 | tail -1 | grep . || echo UNREACHABLE; {ns}"
        );
        let inside = user
            .den(&["run", "--rm", "--pod", &pod, "busybox", "sh", "-c", &probe])
            .run()
            .success("run --pod");
        let lines: Vec<&str> = inside.lines().collect();
        assert_eq!(lines[0], "podhost", "{inside}");
        assert_eq!(lines[1], "podhost", "the pod's loopback server: {inside}");
        let web_ns = user
            .den(&["exec", &web, "sh", "-c", ns])
            .run()
            .success("exec readlink");
        assert_eq!(lines[2..].join("\n"), web_ns.trim(), "namespaces");
        // Outside the pod, the same probe finds no server and other namespaces.
        let outside = user
            .den(&["run", "--rm", "busybox", "sh", "-c", &probe])
            .run()
            .success("run outside the pod");
        let out: Vec<&str> = outside.lines().collect();
        assert_ne!(out[0], "podhost", "{outside}");
        assert_eq!(out[1], "UNREACHABLE", "{outside}");
        assert!(
            out[2..].iter().all(|l| !web_ns.contains(l)),
            "{outside} vs {web_ns}"
        );
        // The pod's /etc/hosts (its --add-host; the member's own name on 127.0.0.1, as podman)
        // and resolv.conf.
        let names = user
            .den(&[
                "run",
                "--rm",
                "--name",
                "pod-member-x",
                "--pod",
                &pod,
                "busybox",
                "sh",
                "-c",
                "grep -c '^10.1.2.3.*db.pod' /etc/hosts; grep -c '^127.0.0.1[[:space:]]pod-member-x$' /etc/hosts; \
                 grep -c '^nameserver' /etc/resolv.conf",
            ])
            .run()
            .success("run --pod: names");
        assert_eq!(
            names.split_whitespace().collect::<Vec<_>>(),
            ["1", "1", "1"],
            "{names}"
        );
        user.den(&[
            "run",
            "--rm",
            "--pod",
            &pod,
            "--add-host",
            "x:1.2.3.4",
            "busybox",
            "true",
        ])
        .run()
        .code_is(125)
        .stderr_has("must be given when the pod is created");
        // inspect of a member names its pod.
        assert_eq!(inspect(user, &web, "{{.Pod}}"), id);
        pod_rm_f(user, &pod);
    });
}

#[test]
fn pod_ps_inspect_stop_start_and_rm() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let pod = pod_name(user, "life");
        pod_rm_f(user, &pod);
        let id = user
            .den(&["pod", "create", "--name", &pod, "--label", "tier=web"])
            .run()
            .success("pod create");
        let id = id.trim().to_string();
        let infra = format!("{}-infra", &id[..12]);
        let ps = |filter: &str, format: &str| {
            user.den(&["pod", "ps", "--filter", filter, "--format", format])
                .run()
                .success("pod ps")
                .trim()
                .to_string()
        };
        let status = || ps(&format!("name={pod}"), "{{.Status}}");
        assert_eq!(status(), "Created");
        assert_eq!(
            ps(
                &format!("name={pod}"),
                "{{.Id}} {{.NumberOfContainers}} {{.InfraId}} {{.ContainerNames}}"
            ),
            format!(
                "{} 1 {} {infra}",
                &id[..12],
                &pod_field(user, &pod, "{{.InfraContainerID}}")[..12]
            )
        );
        assert_eq!(pod_field(user, &pod, "{{.Name}}"), pod);
        assert_eq!(pod_field(user, &pod, "{{.State}}"), "Created");
        assert_eq!(
            pod_field(user, &pod, "{{.SharedNamespaces}}"),
            "[ipc net uts]"
        );
        assert_eq!(pod_field(user, &pod, "{{.Labels.tier}}"), "web");
        let sleeper = format!("{pod}-sleep");
        user.den(&[
            "run", "-d", "--name", &sleeper, "--pod", &pod, "busybox", "sleep", "600",
        ])
        .run()
        .success("run -d --pod");
        assert_eq!(status(), "Running");
        assert_eq!(pod_field(user, &pod, "{{.NumContainers}}"), "2");
        assert_eq!(
            ps(
                &format!("name={pod}"),
                "{{.ContainerNames}} {{.ContainerStatuses}}"
            ),
            format!("{infra},{sleeper} running,running")
        );
        // Filters: status, label, id; -q and --no-trunc.
        assert_eq!(
            ps("status=running", "{{.Name}}")
                .lines()
                .filter(|l| *l == pod)
                .count(),
            1
        );
        assert!(!ps("status=exited", "{{.Name}}").lines().any(|l| l == pod));
        assert!(ps("label=tier=web", "{{.Name}}").lines().any(|l| l == pod));
        assert!(!ps("label=tier=db", "{{.Name}}").lines().any(|l| l == pod));
        assert!(
            ps(&format!("id={}", &id[..8]), "{{.Name}}")
                .lines()
                .any(|l| l == pod)
        );
        let quiet = user
            .den(&[
                "pod",
                "ps",
                "-q",
                "--no-trunc",
                "--filter",
                &format!("name={pod}"),
            ])
            .run()
            .success("pod ps -q");
        assert_eq!(quiet.trim(), id);
        // ps --pod and ps --filter pod=.
        let members = user
            .den(&[
                "ps",
                "-a",
                "--pod",
                "--filter",
                &format!("pod={pod}"),
                "--format",
                "{{.Names}} {{.PodName}} {{.Pod}} {{.IsInfra}}",
            ])
            .run()
            .success("ps --filter pod=");
        let mut members: Vec<&str> = members.lines().collect();
        members.sort_unstable();
        let mut want = vec![
            format!("{infra} {pod} {} true", &id[..12]),
            format!("{sleeper} {pod} {} false", &id[..12]),
        ];
        want.sort();
        assert_eq!(members, want);
        // The infra goes only with its pod; a running pod only with -f.
        user.den(&["rm", "-f", &infra])
            .run()
            .code_is(125)
            .stderr_has("is the infra container of pod");
        user.den(&["pod", "rm", &pod])
            .run()
            .code_is(125)
            .stderr_has("running or paused containers cannot be removed without force");
        // stop: every container exits; start: all run again; kill; restart.
        let stopped = user
            .den(&["pod", "stop", "-t", "0", &pod])
            .run()
            .success("pod stop");
        assert_eq!(stopped.trim(), id);
        assert_eq!(status(), "Exited");
        assert_eq!(inspect(user, &sleeper, "{{.State.Status}}"), "exited");
        assert_eq!(inspect(user, &infra, "{{.State.Status}}"), "exited");
        user.den(&["pod", "start", &pod]).run().success("pod start");
        assert_eq!(status(), "Running");
        let infra_pid: i32 = inspect(user, &infra, "{{.State.Pid}}").parse().unwrap();
        assert!(pid_alive(infra_pid));
        user.den(&["pod", "kill", &pod]).run().success("pod kill");
        wait_until("the pod to exit", Duration::from_secs(10), || {
            status() == "Exited"
        });
        assert_eq!(inspect(user, &sleeper, "{{.State.ExitCode}}"), "137");
        user.den(&["pod", "restart", &pod])
            .run()
            .success("pod restart");
        assert_eq!(status(), "Running");
        // A stopped member alone leaves the pod degraded.
        user.den(&["stop", "-t", "0", &sleeper])
            .run()
            .success("stop");
        assert_eq!(status(), "Degraded");
        // rm -f: the containers, then the pod; nothing of it runs on.
        let infra_pid: i32 = inspect(user, &infra, "{{.State.Pid}}").parse().unwrap();
        user.den(&["pod", "rm", "-f", &pod])
            .run()
            .success("pod rm -f");
        wait_until("the infra to end", Duration::from_secs(10), || {
            !pid_alive(infra_pid)
        });
        user.den(&["pod", "exists", &pod]).run().code_is(1);
        user.den(&["container", "exists", &sleeper])
            .run()
            .code_is(1);
        user.den(&["container", "exists", &infra]).run().code_is(1);
    });
}

#[test]
fn pod_stopped_rm_and_prune_remove_its_containers() {
    for_each_user!(|user| {
        // A store of its own: prune takes every stopped pod, the other tests' too.
        let store = user.fresh_dir("pod-prune");
        let den = |args: &[&str]| user.den_in(&store, args).run();
        den(&["load", "-q", "-i", &common::fixture(BUSYBOX)]).success("load");
        let pod = pod_name(user, "prune");
        let id = den(&["pod", "create", "--name", &pod]).success("pod create");
        den(&["pod", "exists", &pod]).code_is(0);
        let member = format!("{pod}-c");
        den(&[
            "create", "--name", &member, "--pod", &pod, "busybox", "true",
        ])
        .success("create --pod");
        // Nothing runs: prune removes the pod with its containers, as podman's.
        let pruned = den(&["pod", "prune", "-f"]).success("pod prune");
        assert!(pruned.lines().any(|l| l == id.trim()), "{pruned}");
        den(&["pod", "exists", &pod]).code_is(1);
        den(&["container", "exists", &member]).code_is(1);
        // --pod new:NAME makes the pod; a stopped pod's rm takes its containers.
        let new = pod_name(user, "new");
        let out = den(&["run", "--pod", &format!("new:{new}"), "busybox", "hostname"])
            .success("run --pod new:");
        assert_eq!(out.trim(), new, "the pod's name is its hostname");
        assert_eq!(
            den(&["pod", "inspect", "--format", "{{.NumContainers}}", &new])
                .success("pod inspect")
                .trim(),
            "2"
        );
        // Its infra runs on after the container's exit, so the pod is stopped first.
        den(&["pod", "stop", "-t", "0", &new]).success("pod stop");
        // container prune leaves a stopped pod's infra (it goes with the pod).
        let infra = den(&["pod", "inspect", "--format", "{{.InfraContainerID}}", &new])
            .success("pod inspect");
        den(&["container", "prune", "-f"]).success("container prune");
        den(&["container", "exists", infra.trim()]).code_is(0);
        den(&["pod", "rm", &new]).success("pod rm");
        den(&["pod", "exists", &new]).code_is(1);
    });
}

#[test]
fn flags_the_pod_decides_are_refused() {
    for_each_user!(|user| {
        user.load_fixture(BUSYBOX);
        let pod = pod_name(user, "refuse");
        pod_rm_f(user, &pod);
        user.den(&["pod", "create", "--name", &pod])
            .run()
            .success("pod create");
        user.den(&[
            "run", "--rm", "--pod", &pod, "-p", "8080:80", "busybox", "true",
        ])
        .run()
        .code_is(125)
        .stderr_has("published or exposed ports must be defined when the pod is created");
        user.den(&[
            "run",
            "--rm",
            "--pod",
            &pod,
            "--hostname",
            "x",
            "busybox",
            "true",
        ])
        .run()
        .code_is(125)
        .stderr_has("cannot set hostname when joining the pod UTS namespace");
        user.den(&["run", "--rm", "--pod", "no-such-pod", "busybox", "true"])
            .run()
            .code_is(125)
            .stderr_has("no pod with name or ID no-such-pod found: no such pod");
        user.den(&["pod", "create", "--name", &pod])
            .run()
            .code_is(125)
            .stderr_has("pod already exists");
        user.den(&["pod", "create", "--share", "bogus"])
            .run()
            .code_is(125)
            .stderr_has("invalid kernel namespace to share: bogus");
        user.den(&["pod", "inspect", "no-such-pod"])
            .run()
            .code_is(125)
            .stderr_has("no such pod");
        user.den(&["pod", "rm", "no-such-pod"]).run().code_is(1);
        user.den(&["pod", "rm", "-i", "no-such-pod"])
            .run()
            .code_is(0);
        // --replace makes a new pod of the name.
        let old = pod_field(user, &pod, "{{.Id}}");
        let new = user
            .den(&["pod", "create", "--replace", "--name", &pod])
            .run()
            .success("pod create --replace");
        assert_ne!(new.trim(), old);
        assert_eq!(pod_field(user, &pod, "{{.Id}}"), new.trim());
        pod_rm_f(user, &pod);
    });
}
