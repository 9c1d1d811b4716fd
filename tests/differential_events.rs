//! Differential cases for `events`: the same sequence through podman and den, then
//! `events --stream=false` with filters and a template. podman's event log is shared by all
//! of a user's stores, so every case filters on its own container name (or image names) and
//! on `--since` the start of this test. (podman 4.3 exits 0 in silence for an invalid
//! `--since` or `--filter`; den refuses them with 125, see README, so those are not cases.)

mod common;

use common::differential::{Case, Pair, case, run_cases};

fn args(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// `events --stream=false --since SINCE ARGS...`.
fn events_case(name: &str, since: &str, args: &[&str]) -> Case {
    let mut all = vec!["events", "--stream=false", "--since", since];
    all.extend_from_slice(args);
    case(name, &all).stdout()
}

#[test]
fn events_after_the_same_sequence() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "events");
        // One second back, so an event in this second is not cut off by the rounding.
        let since = (std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
            - 1)
        .to_string();
        let s = since.as_str();
        let fmt = ["--format", "{{.Status}} {{.Type}}"];
        let with = |ctr: &str, extra: &[&'static str]| {
            let mut a: Vec<String> = vec!["--filter".into(), format!("container={ctr}")];
            a.extend(fmt.iter().map(ToString::to_string));
            a.extend(extra.iter().map(ToString::to_string));
            a
        };
        let run_fg = with("ev-run", &[]);
        let create_rm = with("ev-crm", &[]);
        let only_start = with(
            "ev-run2",
            &["--filter", "event=start", "--filter", "event=died"],
        );
        let exec = with(
            "ev-exec",
            &["--filter", "event=exec", "--filter", "event=exec_died"],
        );
        let kill = with(
            "ev-kill",
            &["--filter", "event=kill", "--filter", "event=died"],
        );
        let rm_run = with("ev-rm", &[]);
        let health = {
            let mut a: Vec<String> = ["--filter", "container=ev-health", "--format"]
                .map(String::from)
                .to_vec();
            a.push("{{.Status}} {{.HealthStatus}} {{.ContainerExitCode}}".into());
            a.extend(
                [
                    "--filter",
                    "event=health_status",
                    "--filter",
                    "event=exec_died",
                ]
                .map(String::from),
            );
            a
        };
        let health_text = vec![
            "--filter".to_string(),
            "container=ev-health".into(),
            "--filter".into(),
            "event=health_status".into(),
        ];
        let cases = [
            events_case("run in the foreground", s, &args(&run_fg))
                .setup(&["run", "--name", "ev-run", "busybox", "true"]),
            events_case("create and rm", s, &args(&create_rm))
                .setup(&["create", "--name", "ev-crm", "busybox", "true"])
                .setup(&["rm", "ev-crm"]),
            events_case("event filters are ORed", s, &args(&only_start))
                .setup(&["run", "--name", "ev-run2", "busybox", "true"]),
            // podman 4.3 records exec_died twice for one exec on some runs (seen in CI);
            // den records it once.
            events_case("exec and exec_died", s, &args(&exec))
                .setup(&["run", "-d", "--name", "ev-exec", "busybox", "sleep", "100"])
                .setup(&["exec", "ev-exec", "true"])
                .distinct(),
            events_case("kill then died", s, &args(&kill))
                .setup(&["run", "-d", "--name", "ev-kill", "busybox", "sleep", "100"])
                .setup(&["kill", "ev-kill"])
                .setup(&["wait", "ev-kill"]),
            // podman 4.3 records the status as the check starts: starting, then healthy;
            // the check's exit code is in the exec_died after it.
            events_case("health_status and the check's exec_died", s, &args(&health))
                .setup(&[
                    "run",
                    "-d",
                    "--name",
                    "ev-health",
                    "--health-cmd",
                    "true",
                    "--health-interval",
                    "1h",
                    "busybox",
                    "sleep",
                    "100",
                ])
                .setup(&["healthcheck", "run", "ev-health"])
                .setup(&["healthcheck", "run", "ev-health"]),
            // The text line: health_status=, then the labels (the image's).
            events_case("health_status as text", s, &args(&health_text)),
            events_case("run --rm", s, &args(&rm_run))
                .setup(&["run", "--rm", "--name", "ev-rm", "busybox", "true"]),
            events_case(
                "tag and untag",
                s,
                &[
                    "--filter",
                    "type=image",
                    "--filter",
                    "event=tag",
                    "--filter",
                    "event=untag",
                    "--format",
                    "{{.Status}} {{.Name}}",
                ],
            )
            .setup(&["tag", "busybox", "ev-img:1"])
            .setup(&["untag", "busybox", "ev-img:1"]),
        ];
        run_cases(&pair, "events", &cases);
    });
}
