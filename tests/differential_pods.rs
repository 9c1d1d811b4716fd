//! Differential cases for pods (issue 11): `pod create`, `pod ps` (columns, template fields,
//! `--ctr-names`, filters), `pod inspect` fields, `pod exists`, `pod rm`, `ps --pod`, and the
//! refusals of `create --pod` (ports and hostname are the pod's, a pod that does not exist),
//! against podman 4.3: exit codes, normalised output and error phrases. Each case removes
//! every pod first (`pod rm -a -f`), so it starts from an empty store.

mod common;

use common::differential::{Case, Pair, case, run_cases};

/// A case whose setup removes all pods, then makes pod `dp`, then runs `setup`.
fn with_pod(name: &str, setup: &[&[&str]], args: &[&str]) -> Case {
    let mut c = case(name, args)
        .setup(&["pod", "rm", "-a", "-f"])
        .setup(&["pod", "create", "--name", "dp", "--label", "tier=web"]);
    for line in setup {
        c = c.setup(line);
    }
    c
}

#[test]
fn pods_are_podmans() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "pods");
        let member: &[&str] = &["create", "--name", "dpc", "--pod", "dp", "busybox", "true"];
        let cases = [
            with_pod("pod ps", &[], &["pod", "ps"]).stdout(),
            with_pod(
                "pod ps fields",
                &[],
                &[
                    "pod",
                    "ps",
                    "--format",
                    "{{.Name}} {{.Status}} {{.NumberOfContainers}} {{.Labels}}",
                ],
            )
            .stdout(),
            // The order of the containers in one cell is Go's map order in podman, so the
            // table compares the statuses (all alike) and the names are compared as a set.
            with_pod(
                "pod ps --ctr-status",
                &[member],
                &["pod", "ps", "--ctr-status"],
            )
            .stdout(),
            with_pod(
                "pod ps --ctr-names",
                &[member],
                &["pod", "ps", "--ctr-names", "--format", "{{.ContainerNames}}"],
            ),
            with_pod(
                "pod ps --filter name",
                &[],
                &["pod", "ps", "--filter", "name=nomatch", "-q"],
            )
            .stdout(),
            with_pod(
                "pod ps --filter label",
                &[],
                &["pod", "ps", "--filter", "label=tier=web", "--format", "{{.Name}}"],
            )
            .stdout(),
            with_pod(
                "pod ps --filter status",
                &[],
                &["pod", "ps", "--filter", "status=created", "--format", "{{.Name}}"],
            )
            .stdout(),
            with_pod(
                "pod inspect fields",
                &[member],
                &[
                    "pod",
                    "inspect",
                    "--format",
                    "{{.Name}} {{.State}} {{.NumContainers}} {{.CreateInfra}} {{.ExitPolicy}} {{.Hostname}} {{.Labels}}",
                    "dp",
                ],
            )
            .stdout(),
            // podman 4.3 lists the shared namespaces in Go map order: compared as a set.
            with_pod(
                "pod inspect shared namespaces",
                &[member],
                &["pod", "inspect", "--format", "{{range .SharedNamespaces}}{{.}}\n{{end}}", "dp"],
            )
            .stdout()
            .unordered(),
            with_pod(
                "pod inspect containers",
                &[member],
                &["pod", "inspect", "--format", "{{range .Containers}}{{.Name}} {{.State}}\n{{end}}", "dp"],
            )
            .stdout()
            .unordered(),
            with_pod(
                "ps --pod",
                &[member],
                &["ps", "-a", "--format", "{{.Names}} {{.PodName}} {{.IsInfra}}"],
            )
            .stdout()
            .unordered(),
            with_pod(
                "ps -a --pod",
                &[member],
                &["ps", "-a", "--pod", "--format", "{{.Names}} {{.PodName}} {{.IsInfra}}"],
            )
            .stdout()
            .unordered(),
            with_pod(
                "ps --filter pod=",
                &[member],
                &["ps", "-a", "--filter", "pod=dp", "--format", "{{.Names}}"],
            )
            .stdout()
            .unordered(),
            with_pod("pod exists", &[], &["pod", "exists", "dp"]),
            with_pod("pod exists missing", &[], &["pod", "exists", "nope"]),
            with_pod("pod inspect missing", &[], &["pod", "inspect", "nope"])
                .stderr_has("no such pod"),
            with_pod("pod rm missing", &[], &["pod", "rm", "nope"])
                .stderr_has("no pod with name or ID nope found: no such pod"),
            with_pod("pod rm stopped", &[member], &["pod", "rm", "dp"]).stdout(),
            with_pod("pod create same name", &[], &["pod", "create", "--name", "dp"])
                .stderr_has("pod already exists"),
            with_pod(
                "pod create bad share",
                &[],
                &["pod", "create", "--share", "bogus"],
            )
            .stderr_has("invalid kernel namespace to share: bogus"),
            with_pod(
                "create --pod -p",
                &[],
                &["create", "--pod", "dp", "-p", "8080:80", "busybox", "true"],
            )
            .stderr_has(
                "published or exposed ports must be defined when the pod is created",
            ),
            with_pod(
                "create --pod --hostname",
                &[],
                &["create", "--pod", "dp", "--hostname", "x", "busybox", "true"],
            )
            .stderr_has("cannot set hostname when joining the pod UTS namespace"),
            with_pod(
                "create --pod missing",
                &[],
                &["create", "--pod", "nope", "busybox", "true"],
            )
            .stderr_has("no pod with name or ID nope found: no such pod"),
            with_pod(
                "pod logs of one container",
                &[&["run", "--name", "dpl", "--pod", "dp", "busybox", "sh", "-c", "echo one; echo two"]],
                &["pod", "logs", "-c", "dpl", "dp"],
            )
            .stdout(),
            with_pod(
                "pod logs of two containers",
                &[
                    &["run", "--name", "dpl1", "--pod", "dp", "busybox", "echo", "one"],
                    &["run", "--name", "dpl2", "--pod", "dp", "busybox", "echo", "two"],
                ],
                &["pod", "logs", "-n", "dp"],
            )
            .unordered()
            .stdout(),
            case("pod logs of a missing pod", &["pod", "logs", "nope"])
                .stderr_has("no pod with name or ID nope found: no such pod"),
        ];
        run_cases(&pair, "pods", &cases);
        let _ = pair.podman(&["pod", "rm", "-a", "-f"]);
        let _ = pair.den(&["pod", "rm", "-a", "-f"]);
    });
}
