//! `den events` and the event log, as the unprivileged users: lifecycle events in order,
//! filters, --since/--until, --stream=false and streaming until SIGINT, a corrupted line,
//! image events, the `none` backend.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::User;

/// A fresh store of `user` named `name`, with busybox loaded as `busybox`.
fn store(user: &User, name: &str) -> PathBuf {
    let store = user.fresh_dir(name).join("store");
    let busybox = common::fixtures().unwrap().join("busybox.docker.tar");
    user.den_in(&store, &["load", "-q", "-i", busybox.to_str().unwrap()])
        .run()
        .success("load busybox");
    store
}

fn den(user: &User, store: &Path, args: &[&str]) -> String {
    user.den_in(store, args)
        .run()
        .success(&format!("den {}", args.join(" ")))
}

/// `den events --stream=false` with `args` and the format `{{.Status}} {{.Name}}`.
fn events(user: &User, store: &Path, args: &[&str]) -> Vec<String> {
    let mut all = vec![
        "events",
        "--stream=false",
        "--format",
        "{{.Status}} {{.Name}}",
    ];
    all.extend_from_slice(args);
    den(user, store, &all).lines().map(str::to_string).collect()
}

#[test]
fn run_stop_rm_produce_the_lifecycle_in_order() {
    for_each_user!(|user| {
        let s = store(user, "events-lifecycle");
        den(user, &s, &["run", "--name", "fg", "busybox", "true"]);
        den(
            user,
            &s,
            &["run", "-d", "--name", "bg", "busybox", "sleep", "100"],
        );
        den(user, &s, &["exec", "bg", "true"]);
        den(user, &s, &["stop", "-t", "0", "bg"]);
        den(user, &s, &["rename", "bg", "bg2"]);
        den(user, &s, &["rm", "fg", "bg2"]);
        den(
            user,
            &s,
            &["run", "--rm", "--name", "gone", "busybox", "true"],
        );
        let got = events(user, &s, &["--filter", "type=container"]);
        let want = [
            "create fg",
            "init fg",
            "start fg",
            "attach fg",
            "died fg",
            "cleanup fg",
            "create bg",
            "init bg",
            "start bg",
            "exec bg",
            "exec_died bg",
            "stop bg",
            "died bg",
            "cleanup bg",
            "rename bg2",
            "remove fg",
            "remove bg2",
            "create gone",
            "init gone",
            "start gone",
            "attach gone",
            "died gone",
            "remove gone",
        ];
        assert_eq!(got, want, "as {}", user.label());
        // The text line is podman's.
        let text = den(
            user,
            &s,
            &["events", "--stream=false", "--filter", "event=create"],
        );
        let first = text.lines().next().unwrap();
        // podman's line: the container's labels (here the fixture image's) end it.
        #[allow(clippy::regex_creation_in_loops)]
        let re = regex::Regex::new(
            r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC container create [0-9a-f]{64} \(image=\S+, name=fg, org\.den\.fixture=1\)$",
        )
        .unwrap();
        assert!(re.is_match(first), "text line: {first}");
    });
}

#[test]
fn died_carries_the_exit_code() {
    for_each_user!(|user| {
        let s = store(user, "events-exitcode");
        let out = user
            .den_in(
                &s,
                &["run", "--name", "three", "busybox", "sh", "-c", "exit 3"],
            )
            .run();
        assert_eq!(out.code(), 3);
        let json = den(
            user,
            &s,
            &[
                "events",
                "--stream=false",
                "--format",
                "json",
                "--filter",
                "event=died",
            ],
        );
        let v: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
        assert_eq!(v["ContainerExitCode"], 3, "{json}");
        assert_eq!(v["Name"], "three");
        assert_eq!(v["Type"], "container");
        let tmpl = den(
            user,
            &s,
            &[
                "events",
                "--stream=false",
                "--filter",
                "event=died",
                "--format",
                "{{.ContainerExitCode}}",
            ],
        );
        assert_eq!(tmpl, "3\n");
    });
}

#[test]
fn filters_or_within_a_key_and_across_keys() {
    for_each_user!(|user| {
        let s = store(user, "events-filters");
        den(user, &s, &["run", "--name", "f1", "busybox", "true"]);
        let id = den(user, &s, &["create", "--name", "f2", "busybox", "true"]);
        let id = id.trim();
        assert_eq!(
            events(
                user,
                &s,
                &["--filter", "container=f1", "--filter", "event=start"]
            ),
            ["start f1"]
        );
        assert_eq!(
            events(
                user,
                &s,
                &["--filter", "event=create", "--filter", "status=died"]
            ),
            ["create f1", "died f1", "create f2"]
        );
        assert_eq!(
            events(
                user,
                &s,
                &[
                    "--filter",
                    "container=f1",
                    "--filter",
                    "container=f2",
                    "--filter",
                    "event=create"
                ]
            ),
            ["create f1", "create f2"]
        );
        assert_eq!(
            events(user, &s, &["--filter", &format!("container={}", &id[..10])]),
            ["create f2"]
        );
        let image = events(user, &s, &["--filter", "type=image"]);
        assert_eq!(image.len(), 1, "{image:?}");
        assert!(image[0].starts_with("loadfromarchive "), "{image:?}");
        assert!(events(user, &s, &["--filter", "container=nosuch"]).is_empty());
        user.den_in(&s, &["events", "--stream=false", "--filter", "color=red"])
            .run()
            .code_is(125)
            .stderr_has("invalid filter");
    });
}

#[test]
fn since_and_until_take_podmans_time_forms() {
    for_each_user!(|user| {
        let s = store(user, "events-since");
        den(user, &s, &["create", "--name", "early", "busybox", "true"]);
        std::thread::sleep(Duration::from_millis(1100));
        let mid = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
            .to_string();
        std::thread::sleep(Duration::from_millis(1100));
        den(user, &s, &["create", "--name", "late", "busybox", "true"]);
        let f = ["--filter", "type=container"];
        let with = |extra: &[&str]| {
            let mut a = f.to_vec();
            a.extend_from_slice(extra);
            events(user, &s, &a)
        };
        assert_eq!(with(&["--since", &mid]), ["create late"]);
        assert_eq!(with(&["--until", &mid]), ["create early"]);
        assert_eq!(with(&["--since", "1h"]), ["create early", "create late"]);
        assert!(with(&["--since=-1h"]).is_empty(), "a future --since");
        assert!(with(&["--until", "2000-01-01"]).is_empty());
        assert_eq!(
            with(&["--since", "2000-01-01T00:00:00Z", "--until", "10m"]),
            ["create early", "create late"]
        );
        user.den_in(&s, &["events", "--stream=false", "--since", "yesterday"])
            .run()
            .code_is(125)
            .stderr_has("unable to interpret time value");
    });
}

/// The pid of `den` under `runuser ... env ... den` (env execs den).
fn den_pid(top: u32) -> Option<i32> {
    let mut pid = top;
    for _ in 0..4 {
        let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        if comm.trim().starts_with("den") {
            return Some(pid as i32);
        }
        let children = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).ok()?;
        pid = children.split_whitespace().next()?.parse().ok()?;
    }
    None
}

#[test]
fn streaming_prints_new_events_and_exits_0_on_sigint() {
    for_each_user!(|user| {
        let s = store(user, "events-stream");
        let mut child = user
            .den_in(
                &s,
                &["events", "--format", "{{.Status}} {{.Type}} {{.Name}}"],
            )
            .command()
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, rx) = std::sync::mpsc::channel::<String>();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let next = |what: &str| {
            rx.recv_timeout(Duration::from_secs(20))
                .unwrap_or_else(|_| panic!("no {what} from den events"))
        };
        // What was recorded before it started, then what happens while it runs.
        assert!(next("recorded event").starts_with("loadfromarchive image "));
        den(user, &s, &["create", "--name", "later", "busybox", "true"]);
        assert_eq!(next("new event"), "create container later");
        den(user, &s, &["tag", "busybox", "streamed:1"]);
        assert_eq!(next("new event"), "tag image streamed:1");
        let pid = den_pid(child.id()).expect("den's pid");
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(pid),
            nix::sys::signal::Signal::SIGINT,
        )
        .unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        let status = loop {
            if let Some(st) = child.try_wait().unwrap() {
                break st;
            }
            if Instant::now() > deadline {
                common::kill_tree(child.id());
                panic!("den events did not exit on SIGINT");
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        assert_eq!(status.code(), Some(0), "exit status after SIGINT");
    });
}

#[test]
fn a_corrupted_line_is_skipped_with_a_warning() {
    for_each_user!(|user| {
        let s = store(user, "events-corrupt");
        let log = s.join("events/events.log");
        let mut text = std::fs::read_to_string(&log).unwrap();
        text.push_str("{\"Status\": \"cre\n");
        std::fs::write(&log, text).unwrap();
        den(user, &s, &["create", "--name", "after", "busybox", "true"]);
        let out = user
            .den_in(
                &s,
                &[
                    "events",
                    "--stream=false",
                    "--format",
                    "{{.Status}} {{.Name}}",
                ],
            )
            .run();
        let stdout = out.success("events");
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(lines.len(), 2, "{stdout}");
        assert!(lines[0].starts_with("loadfromarchive "));
        assert_eq!(lines[1], "create after");
        out.stderr_has("skipping line 2");
    });
}

#[test]
fn image_events_for_load_tag_untag_rmi_save() {
    for_each_user!(|user| {
        let s = store(user, "events-images");
        let id = common::busybox_id();
        den(user, &s, &["tag", "busybox", "extra:1"]);
        den(user, &s, &["untag", "busybox", "extra:1"]);
        den(user, &s, &["tag", "busybox", "other:2"]);
        let archive = s.parent().unwrap().join("saved.tar");
        den(
            user,
            &s,
            &["save", "-o", archive.to_str().unwrap(), "other:2"],
        );
        den(user, &s, &["rmi", "other:2"]);
        den(user, &s, &["rmi", "busybox"]);
        let got = den(
            user,
            &s,
            &[
                "events",
                "--stream=false",
                "--filter",
                "type=image",
                "--format",
                "{{.Status}} {{.ID}} {{.Name}}",
            ],
        );
        let busybox = common::fixtures().unwrap().join("busybox.docker.tar");
        let want = format!(
            "loadfromarchive  {}\ntag {id} extra:1\nuntag {id} localhost/extra:1\n\
             tag {id} other:2\nsave {id} {}\nuntag {id} localhost/other:2\n\
             untag {id} localhost/busybox:latest\nremove {id} localhost/busybox:latest\n",
            busybox.display(),
            archive.display()
        );
        assert_eq!(got, want, "as {}", user.label());
        assert_eq!(
            events(
                user,
                &s,
                &[
                    "--filter",
                    &format!("image={}", &id[..12]),
                    "--filter",
                    "event=remove"
                ]
            ),
            ["remove localhost/busybox:latest"]
        );
    });
}

#[test]
fn the_none_backend_records_nothing() {
    for_each_user!(|user| {
        let s = user.fresh_dir("events-none").join("store");
        let busybox = common::fixtures().unwrap().join("busybox.docker.tar");
        user.den_in(&s, &["load", "-q", "-i", busybox.to_str().unwrap()])
            .env("DEN_EVENTS_BACKEND", "none")
            .run()
            .success("load");
        user.den_in(&s, &["run", "-d", "--name", "quiet", "busybox", "true"])
            .env("DEN_EVENTS_BACKEND", "none")
            .run()
            .success("run -d");
        // The detached container's monitor inherits the choice.
        std::thread::sleep(Duration::from_millis(500));
        assert!(!s.join("events/events.log").exists(), "no log is written");
        assert!(events(user, &s, &[]).is_empty());
        den(user, &s, &["rm", "-f", "quiet"]);
        assert_eq!(events(user, &s, &[]), ["remove quiet"]);
    });
}

#[test]
fn the_log_is_rotated_keeping_the_newest_events() {
    for_each_user!(|user| {
        let s = store(user, "events-rotate");
        for n in 0..30 {
            user.den_in(&s, &["tag", "busybox", &format!("r:{n}")])
                .env("DEN_EVENTS_MAX_SIZE", "2000")
                .run()
                .success("tag");
        }
        let size = std::fs::metadata(s.join("events/events.log"))
            .unwrap()
            .len();
        assert!(size <= 2000, "log is {size} bytes");
        let got = events(user, &s, &[]);
        assert!(got.len() > 3, "{got:?}");
        assert_eq!(got.last().unwrap(), "tag r:29");
        assert!(
            !got.iter().any(|l| l.starts_with("loadfromarchive")),
            "{got:?}"
        );
    });
}
