//! Kubernetes YAML (issue 11, "to a cluster"), as the unprivileged users (subordinate ranges
//! and one-id mode): `generate kube` of a container and of a den pod (ports, env, a named
//! volume, a bind mount) validates against the Kubernetes schemas (the PyPI package
//! kubernetes-validate, installed by tests/setup/root.sh); `kube play` of that YAML runs the
//! same container (its published port serves the bind mount, its env is set) and `kube down`
//! removes it; podman plays den's YAML and den plays podman's; den's YAML is podman's, line
//! for line, once the version and the time are normalised.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::differential::Pair;
use common::lifecycle::wait_until;

const VALIDATE: &str = "/opt/den-kube-validate/bin/kubernetes-validate";

fn suffix(user: &common::User) -> &'static str {
    if user.subids { "sub" } else { "one" }
}

/// Checks `file` against the Kubernetes schemas.
fn validate(file: &Path) {
    require!(
        Path::new(VALIDATE).exists(),
        "kubernetes-validate is missing: run tests/setup/root.sh (as root)"
    );
    let out = std::process::Command::new(VALIDATE)
        .arg("--strict")
        .arg(file)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && text.contains("passed"),
        "{} does not validate: {text}\n{}",
        file.display(),
        std::fs::read_to_string(file).unwrap()
    );
}

/// A directory the container serves, with an index file naming the user.
fn served_dir(user: &common::User) -> (tempfile::TempDir, String) {
    let dir = common::shared_tempdir("den-kube-");
    let marker = format!("kube-served-{}", suffix(user));
    std::fs::write(dir.path().join("index.html"), &marker).unwrap();
    std::fs::set_permissions(
        dir.path().join("index.html"),
        std::os::unix::fs::PermissionsExt::from_mode(0o644),
    )
    .unwrap();
    (dir, marker)
}

fn wait_for_marker(port: u16, marker: &str) {
    wait_until(
        "the played container to serve",
        Duration::from_secs(15),
        || common::http_get(port, "/index.html").is_some_and(|a| a.contains(marker)),
    );
}

fn yaml_path(user: &common::User, name: &str) -> PathBuf {
    user.fresh_dir(&format!("kube-{name}"))
        .join(format!("{name}.yaml"))
}

#[test]
fn generated_yaml_validates_plays_back_and_goes_down() {
    for_each_user!(|user| {
        user.load_fixture("busybox.docker.tar");
        let s = suffix(user);
        let ctr = format!("kc-{s}");
        let vol = format!("kv-{s}");
        let pod = format!("{ctr}-pod");
        let _ = user.den(&["pod", "rm", "-f", &pod]).run();
        let _ = user.den(&["rm", "-f", &ctr]).run();
        let _ = user.den(&["volume", "rm", "-f", &vol]).run();
        user.den(&["volume", "create", &vol])
            .run()
            .success("volume create");
        let (dir, marker) = served_dir(user);
        let port = common::free_port();
        let bind = format!("{}:/www:ro", dir.path().display());
        user.den(&[
            "create",
            "--name",
            &ctr,
            "-p",
            &format!("127.0.0.1:{port}:80"),
            "-e",
            "KUBE_FOO=bar",
            "-v",
            &format!("{vol}:/data"),
            "-v",
            &bind,
            "busybox",
            "httpd",
            "-f",
            "-p",
            "80",
            "-h",
            "/www",
        ])
        .run()
        .success("create");
        let file = yaml_path(user, &ctr);
        user.den(&["generate", "kube", "-f", file.to_str().unwrap(), &ctr])
            .run()
            .success("generate kube -f");
        validate(&file);
        let yaml = std::fs::read_to_string(&file).unwrap();
        for want in [
            "kind: Pod\n",
            &format!("  name: {pod}\n"),
            "    - name: KUBE_FOO\n      value: bar\n",
            &format!("      hostIP: 127.0.0.1\n      hostPort: {port}\n"),
            &format!("      claimName: {vol}\n"),
            &format!(
                "      path: {}\n      type: Directory\n",
                dir.path().display()
            ),
        ] {
            assert!(yaml.contains(want), "{want:?} missing from:\n{yaml}");
        }
        // With a Service.
        let svc = user
            .den(&["generate", "kube", "-s", &ctr])
            .run()
            .success("generate kube -s");
        assert!(
            svc.contains("kind: Service\n") && svc.contains("  type: NodePort\n"),
            "{svc}"
        );

        // Round trip: the YAML runs the same container in a pod of its name.
        user.den(&["rm", "-f", &ctr]).run().success("rm");
        let played = user
            .den(&["kube", "play", file.to_str().unwrap()])
            .run()
            .success("kube play");
        let lines: Vec<&str> = played.lines().collect();
        assert_eq!(lines[0], "Pod:", "{played}");
        assert_eq!(lines[1].len(), 64, "{played}");
        assert_eq!(lines[2], "Container:", "{played}");
        let member = format!("{pod}-{ctr}");
        let member_id = user
            .den(&["inspect", "--format", "{{.Id}}", &member])
            .run()
            .success("inspect member");
        assert_eq!(lines[3], member_id.trim(), "{played}");
        wait_for_marker(port, &marker);
        let env = user
            .den(&["exec", &member, "env"])
            .run()
            .success("exec env");
        assert!(env.lines().any(|l| l == "KUBE_FOO=bar"), "{env}");
        let mounted = user
            .den(&["exec", &member, "sh", "-c", "touch /data/x && ls /data"])
            .run()
            .success("exec ls");
        assert_eq!(mounted.trim(), "x", "the named volume is mounted at /data");
        // A second play of the same file is refused (the pod exists); --replace makes it anew.
        user.den(&["kube", "play", file.to_str().unwrap()])
            .run()
            .code_is(125)
            .stderr_has("pod already exists");
        user.den(&[
            "kube",
            "play",
            "--replace",
            "--start=false",
            file.to_str().unwrap(),
        ])
        .run()
        .success("kube play --replace --start=false");
        let status = user
            .den(&[
                "ps",
                "-a",
                "--filter",
                &format!("name={member}"),
                "--format",
                "{{.Status}}",
            ])
            .run()
            .success("ps");
        assert_eq!(status.trim(), "Created", "--start=false creates only");

        let down = user
            .den(&["kube", "down", file.to_str().unwrap()])
            .run()
            .success("kube down");
        assert!(
            down.starts_with("Pods stopped:\n") && down.contains("Pods removed:\n"),
            "{down}"
        );
        user.den(&["pod", "exists", &pod]).run().code_is(1);
        let left = user
            .den(&["ps", "-a", "-q", "--filter", &format!("name={pod}")])
            .run()
            .success("ps");
        assert_eq!(left.trim(), "", "kube down leaves no container");
        user.den(&["kube", "down", file.to_str().unwrap()])
            .run()
            .code_is(125)
            .stderr_has(&format!("no pod with name or ID {pod} found"));
        let _ = user.den(&["volume", "rm", "-f", &vol]).run();
    });
}

#[test]
fn a_den_pod_generates_one_pod_without_its_infra() {
    for_each_user!(|user| {
        user.load_fixture("busybox.docker.tar");
        let pod = format!("kp-{}", suffix(user));
        let _ = user.den(&["pod", "rm", "-f", &pod]).run();
        let port = common::free_port();
        user.den(&[
            "pod",
            "create",
            "--name",
            &pod,
            "-p",
            &format!("127.0.0.1:{port}:80"),
        ])
        .run()
        .success("pod create");
        let (dir, marker) = served_dir(user);
        let member = format!("{pod}-web");
        user.den(&[
            "create",
            "--pod",
            &pod,
            "--name",
            &member,
            "-e",
            "A=1",
            "-v",
            &format!("{}:/www", dir.path().display()),
            "busybox",
            "httpd",
            "-f",
            "-p",
            "80",
            "-h",
            "/www",
        ])
        .run()
        .success("create --pod");
        let file = yaml_path(user, &pod);
        let yaml = user
            .den(&["generate", "kube", &pod])
            .run()
            .success("generate kube POD");
        std::fs::write(&file, &yaml).unwrap();
        validate(&file);
        assert!(!yaml.contains("infra"), "the infra is left out:\n{yaml}");
        assert!(yaml.contains(&format!("    name: {member}\n")), "{yaml}");
        assert!(
            yaml.contains(&format!("  hostname: {pod}\n  restartPolicy: Never\n")),
            "{yaml}"
        );
        assert!(
            yaml.contains(&format!("      hostPort: {port}\n")),
            "the pod's port on its member:\n{yaml}"
        );
        // Played back (after the pod is gone): pod POD, container POD-MEMBER, serving.
        user.den(&["pod", "rm", "-f", &pod]).run().success("pod rm");
        user.den(&["play", "kube", file.to_str().unwrap()])
            .run()
            .success("play kube");
        wait_for_marker(port, &marker);
        user.den(&["inspect", "--format", "{{.Id}}", &format!("{pod}-{member}")])
            .run()
            .success("inspect");
        user.den(&["kube", "down", file.to_str().unwrap()])
            .run()
            .success("kube down");
        user.den(&["pod", "exists", &pod]).run().code_is(1);
    });
}

#[test]
fn a_deployment_validates_and_plays_back_as_its_replicas() {
    for_each_user!(|user| {
        user.load_fixture("busybox.docker.tar");
        let ctr = format!("kd-{}", suffix(user));
        let _ = user.den(&["rm", "-f", &ctr]).run();
        user.den(&[
            "create", "--name", &ctr, "-e", "B=2", "busybox", "sleep", "1000",
        ])
        .run()
        .success("create");
        let yaml = user
            .den(&[
                "generate",
                "kube",
                "--type",
                "deployment",
                "--replicas",
                "2",
                &ctr,
            ])
            .run()
            .success("generate kube --type deployment");
        let file = yaml_path(user, &ctr);
        std::fs::write(&file, &yaml).unwrap();
        validate(&file);
        assert!(
            yaml.contains("apiVersion: apps/v1\nkind: Deployment\n"),
            "{yaml}"
        );
        assert!(yaml.contains("  replicas: 2\n"), "{yaml}");
        assert!(
            yaml.contains(&format!("  name: {ctr}-pod-deployment\n")),
            "{yaml}"
        );
        user.den(&["rm", "-f", &ctr]).run().success("rm");
        user.den(&["kube", "play", file.to_str().unwrap()])
            .run()
            .success("kube play of the Deployment");
        // podman 4.3's naming: a pod per replica, <deployment>-pod-N.
        for n in 0..2 {
            let pod = format!("{ctr}-pod-deployment-pod-{n}");
            user.den(&["pod", "exists", &pod]).run().code_is(0);
        }
        user.den(&["kube", "down", file.to_str().unwrap()])
            .run()
            .success("kube down");
        user.den(&["pod", "exists", &format!("{ctr}-pod-deployment-pod-0")])
            .run()
            .code_is(1);
    });
}

/// podman's and den's YAML with what differs by design made alike: the version line, the
/// tool's name in the note, the time.
fn normalise_kube(text: &str) -> String {
    let text = common::differential::normalise(text);
    text.lines()
        .filter(|l| !l.starts_with("# Created with "))
        .map(|l| {
            l.replace("rootless den container", "rootless podman container")
                .replace("the den generate kube", "the podman generate kube")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn podman_and_den_play_each_others_yaml() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "kube");
        let dir = user.fresh_dir("kube-interop");
        let create: &[&str] = &[
            "create",
            "--name",
            "kx",
            "-p",
            "127.0.0.1:18123:80",
            "-e",
            "KX=1",
            "-w",
            "/tmp",
            "--cap-add",
            "NET_ADMIN",
            "--cap-drop",
            "CHOWN",
            "busybox",
            "sleep",
            "300",
        ];
        pair.den(create).success("den create");
        let out = pair.podman(create);
        assert!(
            out.status.success(),
            "podman create: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // Differential: the same container's YAML.
        let den_yaml = pair
            .den(&["generate", "kube", "kx"])
            .success("den generate kube");
        let out = pair.podman(&["generate", "kube", "kx"]);
        let podman_yaml = String::from_utf8_lossy(&out.stdout).to_string();
        assert_eq!(
            normalise_kube(&den_yaml),
            normalise_kube(&podman_yaml),
            "den's YAML is podman's"
        );
        let den_file = dir.join("den.yaml");
        let podman_file = dir.join("podman.yaml");
        std::fs::write(&den_file, &den_yaml).unwrap();
        std::fs::write(&podman_file, &podman_yaml).unwrap();
        pair.clean();
        // podman plays den's YAML: its container has the env and command.
        let out = pair.podman(&["kube", "play", "--start=false", den_file.to_str().unwrap()]);
        assert!(
            out.status.success(),
            "podman kube play of den's YAML: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let out = pair.podman(&[
            "inspect",
            "--format",
            "{{.Config.Env}} {{.Config.Cmd}} {{.Config.Entrypoint}}",
            "kx-pod-kx",
        ]);
        let seen = String::from_utf8_lossy(&out.stdout).to_string();
        assert!(
            seen.contains("KX=1") && seen.contains("sleep 300"),
            "podman's container from den's YAML: {seen}"
        );
        let _ = pair.podman(&["kube", "down", den_file.to_str().unwrap()]);
        // den plays podman's YAML and runs it.
        let played = pair
            .den(&["kube", "play", podman_file.to_str().unwrap()])
            .success("den kube play of podman's YAML");
        assert!(played.starts_with("Pod:\n"), "{played}");
        let env = pair
            .den(&["exec", "kx-pod-kx", "sh", "-c", "echo $KX; pwd"])
            .success("exec");
        assert_eq!(env, "1\n/tmp\n");
        pair.den(&["kube", "down", podman_file.to_str().unwrap()])
            .success("den kube down");
        let _ = pair.podman(&["pod", "rm", "-a", "-f"]);
    });
}
