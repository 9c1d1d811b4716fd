//! Differential cases for `--format` (Go templates, `table` headers, `json`) and the listing
//! flags (`--noheading`, `--sort`, `--digests`, `--no-trunc`, `--size`, `--last`, `--latest`,
//! `--external`, `--all`) of ps, images, inspect, history, info, version and system df: the
//! same command line through podman 4.3 and den (tests/common/differential.rs).
//!
//! Each store's fixture is renamed `localhost/fmt:1` and `localhost/fmt:2` before the cases
//! run, so that the cases see an image with two names (both tools name the loaded fixture
//! `localhost/busybox:latest`).

mod common;

use common::differential::{Case, Pair, case, run_cases};

/// Names the fixture `localhost/fmt:1` and `localhost/fmt:2` in both stores, and nothing else.
fn tag_fmt(pair: &Pair) {
    for args in [
        &["tag", "busybox", "localhost/fmt:1"][..],
        &["tag", "busybox", "localhost/fmt:2"],
        &["untag", "localhost/fmt:1", "busybox:latest"],
    ] {
        let (p, d) = pair.both(args);
        assert!(p.code == 0 && d.code == 0, "{args:?}: {p:?} {d:?}");
    }
}

fn with_containers(c: Case) -> Case {
    c.setup(&[
        "create",
        "--name",
        "c1",
        "localhost/fmt:1",
        "echo",
        "hi",
        "there",
        "long",
        "command",
    ])
    .setup(&[
        "run",
        "-d",
        "--name",
        "e1",
        "localhost/fmt:1",
        "sh",
        "-c",
        "exit 3",
    ])
    .setup(&["wait", "e1"])
}

/// As `with_containers`, e1 created a second after c1 (den's records keep whole seconds).
fn with_containers_apart(c: Case) -> Case {
    c.setup(&["create", "--name", "c1", "localhost/fmt:1", "true"])
        .setup(&["run", "--rm", "localhost/fmt:1", "sleep", "1.1"])
        .setup(&["create", "--name", "e1", "localhost/fmt:1", "true"])
}

#[test]
fn ps_formats_and_flags() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "fmt-ps");
        tag_fmt(&pair);
        let cases = [
            // The first lines.
            with_containers(case(
                "ps --all --external --format ID Names",
                &["ps", "--all", "--external", "--format", "{{.ID}} {{.Names}}"],
            ))
            .unordered(),
            with_containers(case(
                "ps table with headers",
                &["ps", "-a", "--sort", "names", "--format", "table {{.ID}}\\t{{.Names}}\\t{{.Image}}\\t{{.Status}}"],
            ))
            .stdout(),
            with_containers(case("ps default table", &["ps", "-a", "--sort", "names"])).stdout(),
            with_containers(case("ps --noheading", &["ps", "-a", "--noheading", "--sort", "names"])).stdout(),
            with_containers(case("ps --sort names", &["ps", "-a", "--sort", "names", "--format", "{{.Names}}"])).stdout(),
            with_containers(case("ps --sort command", &["ps", "-a", "--sort", "command", "--format", "{{.Names}}"])).stdout(),
            with_containers(case(
                "ps state fields",
                &["ps", "-a", "--format", "{{.Names}} {{.State}} {{.Status}} {{.Exited}} {{.ExitCode}} {{.Pid}} {{.IsInfra}} {{.Pod}}|{{.Ports}}|{{.Networks}}|{{.AutoRemove}}"],
            ))
            .unordered(),
            with_containers(case(
                "ps times",
                &["ps", "-a", "--format", "{{.Names}} {{.CreatedAt}} {{.Created}} {{.CreatedHuman}} {{.RunningFor}}"],
            ))
            .unordered(),
            with_containers(case(
                "ps never-started times",
                &["ps", "-a", "--filter", "name=c1", "--format", "{{.StartedAt}} {{.ExitedAt}}"],
            ))
            .stdout(),
            with_containers(case("ps command truncated", &["ps", "-a", "--format", "{{.Names}} {{.Command}}"])).unordered(),
            with_containers(case("ps --no-trunc", &["ps", "-a", "--no-trunc", "--format", "{{.ID}} {{.Command}}"])).unordered(),
            with_containers(case("ps image fields", &["ps", "-a", "--format", "{{.Image}} {{.ImageID}} {{.Mounts}}"])).unordered(),
            with_containers(case(
                "ps range over labels",
                &["ps", "-a", "--format", "{{.Names}}:{{range $k, $v := .Labels}}{{$k}}={{$v}};{{end}}"],
            ))
            .unordered(),
            with_containers(case(
                "ps if/else and printf",
                &["ps", "-a", "--format", "{{printf \"%-4s|\" .Names}}{{if .Exited}}exited {{.ExitCode}}{{else}}not exited{{end}} {{len .Mounts}}"],
            ))
            .unordered(),
            with_containers(case("ps json func", &["ps", "-a", "--format", "{{json .Labels}} {{json .Names}} {{json .Exited}}"])).unordered(),
            case(
                "ps string functions",
                &["ps", "-a", "--format", "{{upper .Names}} {{title .Names}} {{join (split .Names \"-\") \"+\"}} {{truncate .Names 3}} {{lower \"AB\"}}"],
            )
            .setup(&["create", "--name", "web-one", "localhost/fmt:1", "true"])
            .stdout(),
            with_containers_apart(case("ps -n 1", &["ps", "-n", "1", "--format", "{{.Names}}"])).stdout(),
            with_containers_apart(case("ps --latest", &["ps", "--latest", "--format", "{{.Names}}"])).stdout(),
            with_containers(case("ps --size", &["ps", "-a", "--size", "--sort", "names", "--format", "table {{.Names}}\\t{{.Size}}"])).stdout(),
            with_containers(case("ps --format json count", &["ps", "-a", "--format", "{{len .Names}}"])).unordered(),
            case("ps missing field", &["ps", "-a", "--format", "{{.Nope}}"])
                .setup(&["create", "--name", "c1", "localhost/fmt:1", "true"])
                .stderr_has("can't evaluate field Nope"),
            case("ps unknown function", &["ps", "-a", "--format", "{{nope .Names}}"])
                .stderr_has("function \"nope\" not defined"),
            case("ps unclosed action", &["ps", "-a", "--format", "{{.Names"]),
            // Namespaces of containers that are not running: PID 0, empty cells, `{}`.
            with_containers(case("ps --ns", &["ps", "-a", "--ns", "--sort", "names"])).stdout(),
            with_containers(case(
                "ps --ns fields of stopped containers",
                &["ps", "-a", "--ns", "--format", "{{.Names}} [{{.Namespaces.PIDNS}}] [{{.Namespaces.User}}] {{.Pid}}"],
            ))
            .unordered(),
            with_containers(case("ps --pod", &["ps", "-a", "--pod", "--sort", "names"])).stdout(),
            with_containers(case(
                "ps --pod --size",
                &["ps", "-a", "-p", "--size", "--sort", "names"],
            ))
            .stdout(),
            case(
                "ps --ns table headers",
                &["ps", "--ns", "--format", "table {{.Namespaces.PIDNS}}\\t{{.Namespaces.User}}\\t{{.Names}}"],
            )
            .stdout(),
        ];
        run_cases(&pair, "format-ps", &cases);
    });
}

#[test]
fn images_history_inspect_formats() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "fmt-img");
        tag_fmt(&pair);
        let cases = [
            case(
                "images --all --format Repository:Tag ID",
                &["images", "--all", "--format", "{{.Repository}}:{{.Tag}} {{.ID}}"],
            )
            .unordered(),
            case(
                "images table with headers",
                &["images", "--sort", "tag", "--format", "table {{.Repository}}\\t{{.Tag}}\\t{{.ID}}\\t{{.Size}}\\t{{.Created}}"],
            )
            .stdout(),
            case("images default table", &["images", "--sort", "tag"]).stdout(),
            case("images --noheading", &["images", "--noheading", "--sort", "tag"]).stdout(),
            case("images -n", &["images", "-n", "--sort", "tag"]).stdout(),
            case("images --digests", &["images", "--digests", "--sort", "tag"]).stdout(),
            case("images --sort tag", &["images", "--sort", "tag", "--format", "{{.Tag}}"]).stdout(),
            case("images --sort repository", &["images", "--sort", "repository", "--format", "{{.Repository}} {{.Tag}}"]).stdout(),
            case("images --no-trunc", &["images", "--no-trunc", "--format", "{{.ID}}"]).stdout(),
            case(
                "images fields",
                &["images", "--format", "{{json .Labels}} {{.Containers}} {{.ReadOnly}} {{.Dangling}} {{len .Names}} {{.Digest}} {{.SharedSize}} {{.ParentId}}|"],
            )
            .stdout(),
            case("images created fields", &["images", "--format", "{{.CreatedAt}} {{.CreatedSince}}"]).stdout(),
            case(
                "images table of unknown header",
                &["images", "--sort", "tag", "--format", "table {{.Tag}}\\t{{.CreatedSince}}\\t{{.Labels}}"],
            )
            .stdout(),
            case("inspect template", &["inspect", "--format", "{{.Id}} {{len .RepoTags}} {{.Os}}", "localhost/fmt:1"]).stdout(),
            case("image inspect range", &["image", "inspect", "--format", "{{range .Config.Cmd}}<{{.}}>{{end}}", "localhost/fmt:1"]).stdout(),
            case("image inspect json", &["image", "inspect", "--format", "{{json .Config.Cmd}}", "localhost/fmt:1"]).stdout(),
            case("image inspect labels index", &["image", "inspect", "--format", "{{index .Config.Labels \"org.den.fixture\"}}", "localhost/fmt:1"]).stdout(),
            case("container inspect", &["container", "inspect", "--format", "{{.State.Status}} {{.State.ExitCode}} {{if .State.Running}}up{{else}}down{{end}}", "e1"])
                .setup(&["run", "-d", "--name", "e1", "localhost/fmt:1", "sh", "-c", "exit 3"])
                .setup(&["wait", "e1"])
                .stdout(),
            case("inspect of a container", &["inspect", "--format", "{{.Name}} {{.State.ExitCode}}", "e1"])
                .setup(&["run", "-d", "--name", "e1", "localhost/fmt:1", "sh", "-c", "exit 3"])
                .setup(&["wait", "e1"])
                .stdout(),
            case("history template", &["history", "--format", "{{.ID}} {{.Size}} {{.Comment}}", "localhost/fmt:1"]).stdout(),
            case("history table", &["history", "--format", "table {{.ID}}\\t{{.CreatedBy}}\\t{{.Comment}}", "localhost/fmt:1"]).stdout(),
            case("history default", &["history", "localhost/fmt:1"]).stdout(),
            case("history times", &["history", "--format", "{{.Created}} {{.CreatedSince}} {{.CreatedAt}}", "localhost/fmt:1"]).stdout(),
            case("history --no-trunc", &["history", "--no-trunc", "--format", "{{.ID}} {{.CreatedBy}}", "localhost/fmt:1"]).stdout(),
        ];
        run_cases(&pair, "format-images", &cases);
    });
}

#[test]
fn info_version_df_formats() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "fmt-sys");
        let cases = [
            case(
                "info host",
                &[
                    "info",
                    "--format",
                    "{{.Host.Arch}} {{.Host.OS}} {{.Host.Security.Rootless}}",
                ],
            )
            .stdout(),
            case(
                "info store counts",
                &[
                    "info",
                    "--format",
                    "{{.Store.ContainerStore.Number}} {{.Store.ImageStore.Number}}",
                ],
            )
            .stdout(),
            case("info json", &["info", "--format", "json"]),
            case(
                "info idmappings",
                &[
                    "info",
                    "--format",
                    "{{range .Host.IDMappings.UIDMap}}{{.ContainerID}} {{end}}",
                ],
            )
            .stdout(),
            case(
                "version client",
                &["version", "--format", "{{.Client.Os}} {{.Client.OsArch}}"],
            )
            .stdout(),
            case("version json", &["version", "--format", "json"]),
            case("version", &["version"]),
            case(
                "system df template",
                &[
                    "system",
                    "df",
                    "--format",
                    "{{.Type}}:{{.Total}}:{{.Active}}",
                ],
            )
            .stdout(),
            case(
                "system df table",
                &[
                    "system",
                    "df",
                    "--format",
                    "table {{.Type}}\\t{{.Total}}\\t{{.Size}}\\t{{.Reclaimable}}",
                ],
            )
            .stdout(),
            case("system df default", &["system", "df"]).stdout(),
        ];
        run_cases(&pair, "format-system", &cases);
    });
}
