//! Registry behaviour tests: den pulls from and pushes to a real registry (Debian's
//! docker-registry, distribution 2.8) on 127.0.0.1, started per test and stopped by its PID:
//! plain HTTP, TLS with a private CA, htpasswd basic auth, and a bearer-token flow against
//! a small token server; and from a registry that misbehaves on purpose. The servers live in
//! the harness (`common::registry`, `common::token`, `common::fault`).

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::process::Command;
use std::time::{Duration, Instant};

use base64::Engine;
use common::fault::FaultServer;
use common::registry::{Htpasswd, PrivateCa, Registry, openssl_present, tools_present};
use common::sha256_hex;
use common::token::TokenServer;
use common::{busybox_id, busybox_oci_manifest, debian_id};

/// Writes a file into the user's home, owned by the user.
fn write_user_file(user: &common::User, rel: &str, text: &str) {
    let path = user.home.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, text).unwrap();
    if let Some(name) = &user.name {
        let status = Command::new("chown")
            .args(["-R", name])
            .arg(user.home.join(".config"))
            .status()
            .unwrap();
        assert!(status.success());
    }
}

fn remove_user_file(user: &common::User, rel: &str) {
    let _ = fs::remove_file(user.home.join(rel));
}

fn repo_for(user: &common::User, base: &str) -> String {
    format!("{base}-{}", if user.subids { "sub" } else { "nosub" })
}

#[test]
fn pull_over_http_runs_and_run_pulls_a_missing_image() {
    require!(
        tools_present(),
        "docker-registry or skopeo is not installed"
    );
    for_each_user!(|user| {
        let reg = Registry::start("", None);
        reg.push_fixture("busybox.docker.tar", "busybox:latest", None);
        reg.push_fixture("debian.oci.tar", "tools/debian:12", None);
        let busybox = format!("{}/busybox", reg.host());

        // HTTPS is required unless told otherwise: the registry speaks HTTP.
        user.den(&["pull", &busybox])
            .run()
            .code_is(125)
            .stderr_has(&format!("pulling \"{busybox}:latest\""))
            .stderr_has("--tls-verify=false");

        let out = user.den(&["pull", "--tls-verify=false", &busybox]).run();
        assert_eq!(out.success("den pull").trim(), busybox_id());
        out.stderr_has(&format!("Trying to pull {busybox}:latest"))
            .stderr_has("Copying blob sha256:");
        let passwd = user
            .den(&["run", "--rm", &busybox, "cat", "/etc/passwd"])
            .run()
            .success("den run pulled busybox");
        assert!(
            passwd.starts_with("root:x:0:0:root:/root:/bin/sh\n"),
            "{passwd}"
        );

        // A second pull finds every blob in the store.
        let again = user.den(&["pull", "--tls-verify=false", &busybox]).run();
        again.success("second pull");
        again.stderr_has("skipped: already exists");

        // -q prints the id alone.
        let quiet = user
            .den(&["pull", "-q", "--tls-verify=false", &busybox])
            .run();
        assert_eq!(quiet.success("pull -q"), format!("{}\n", busybox_id()));
        assert!(
            !quiet.stderr().contains("Trying") && !quiet.stderr().contains("Copying"),
            "-q prints no progress: {}",
            quiet.stderr()
        );

        // Short names through a registries.conf (an insecure search registry; given by
        // CONTAINERS_REGISTRIES_CONF, as another test edits the user's own), and `den run`
        // pulling what the store lacks: a two-layer image with a whiteout.
        let conf = user.home.join("http-registries.conf");
        fs::write(
            &conf,
            format!(
                "unqualified-search-registries = [\"{h}\"]\n[[registry]]\nlocation = \"{h}\"\ninsecure = true\n",
                h = reg.host()
            ),
        )
        .unwrap();
        let run = user
            .den(&[
                "run",
                "--rm",
                "tools/debian:12",
                "sh",
                "-c",
                "cat /den-layer2; test ! -e /etc/issue.net && echo whiteout-ok",
            ])
            .env("CONTAINERS_REGISTRIES_CONF", conf.to_str().unwrap())
            .run();
        assert_eq!(
            run.success("den run pulls tools/debian:12"),
            "layer2\nwhiteout-ok\n"
        );
        run.stderr_has(&format!("Trying to pull {}/tools/debian:12", reg.host()));
        let images = user
            .den(&["images", "--format", "json"])
            .run()
            .success("images");
        assert!(images.contains(debian_id()), "{images}");

        // `den pull` and `--pull=always` of a short name that a stored image answers to pull
        // that image's own name (as podman), not the search registries' (here: none).
        reg.push_fixture("busybox.docker.tar", "onlyhere/bb:latest", None);
        let stored = format!("{}/onlyhere/bb", reg.host());
        user.den(&["pull", "-q", "--tls-verify=false", &stored])
            .run()
            .success("pull onlyhere/bb");
        let insecure = user.home.join("insecure-registries.conf");
        fs::write(
            &insecure,
            format!(
                "unqualified-search-registries = []\n[[registry]]\nlocation = \"{}\"\ninsecure = true\n",
                reg.host()
            ),
        )
        .unwrap();
        let again = user
            .den(&["pull", "onlyhere/bb"])
            .env("CONTAINERS_REGISTRIES_CONF", insecure.to_str().unwrap())
            .run();
        again.success("den pull of a short name a stored image answers to");
        again.stderr_has(&format!("Trying to pull {stored}:latest"));
        let always = user
            .den(&["run", "--pull=always", "--rm", "onlyhere/bb", "true"])
            .env("CONTAINERS_REGISTRIES_CONF", insecure.to_str().unwrap())
            .run();
        always.success("run --pull=always of a short name");
        always.stderr_has(&format!("Trying to pull {stored}:latest"));

        // Errors name the image and the cause.
        let missing = format!("{}/nothing-here:1", reg.host());
        user.den(&["pull", "--tls-verify=false", &missing])
            .run()
            .code_is(125)
            .stderr_has(&format!("pulling \"{missing}\""))
            .stderr_has("404")
            .stderr_has("hint:");
        user.den(&[
            "pull",
            "--tls-verify=false",
            "--platform",
            "linux",
            &busybox,
        ])
        .run()
        .code_is(125)
        .stderr_has("invalid platform");
    });
}

#[test]
fn pull_by_digest_verifies_and_a_wrong_digest_fails() {
    require!(
        tools_present(),
        "docker-registry or skopeo is not installed"
    );
    for_each_user!(|user| {
        let reg = Registry::start("", None);
        reg.push_fixture("busybox.docker.tar", "bb:1", None);
        let digest = reg.skopeo_digest("bb:1", None);
        let by_digest = format!("{}/bb@{digest}", reg.host());
        let out = user.den(&["pull", "--tls-verify=false", &by_digest]).run();
        assert_eq!(out.success("pull by digest").trim(), busybox_id());
        let images = user
            .den(&["images", "--format", "json"])
            .run()
            .success("images");
        assert!(images.contains(&by_digest), "{images}");
        user.den(&["run", "--rm", &by_digest, "true"])
            .run()
            .success("run by digest");

        let wrong = format!("{}/bb@sha256:{}", reg.host(), "0".repeat(64));
        user.den(&["pull", "--tls-verify=false", &wrong])
            .run()
            .code_is(125)
            .stderr_has(&format!("pulling \"{wrong}\""))
            .stderr_has("404");
    });
}

#[test]
fn push_then_pull_back_by_digest_and_skopeo_reads_it() {
    require!(
        tools_present(),
        "docker-registry or skopeo is not installed"
    );
    for_each_user!(|user| {
        let reg = Registry::start("", None);
        user.load_fixture("busybox.docker.tar");
        let name = format!("{}/{}:v1", reg.host(), repo_for(user, "pushed"));
        let digestfile = user.home.join("digest");
        let _ = fs::remove_file(&digestfile);
        let out = user
            .den(&[
                "push",
                "--tls-verify=false",
                "--digestfile",
                digestfile.to_str().unwrap(),
                "busybox",
                &format!("docker://{name}"),
            ])
            .run();
        out.success("den push");
        out.stderr_has("Writing manifest to image destination");
        let digest = fs::read_to_string(&digestfile).unwrap();
        let path = name.split_once('/').unwrap().1;
        assert_eq!(
            reg.skopeo_digest(path, None),
            digest,
            "skopeo sees what den pushed"
        );

        // Pushing again uploads nothing new.
        let again = user
            .den(&["push", "--tls-verify=false", "busybox", &name])
            .run();
        again.success("second push");
        again.stderr_has("skipped: already exists");

        // Pull it back by digest: same image.
        let by_digest = format!("{}@{digest}", name.rsplit_once(':').unwrap().0);
        let out = user.den(&["pull", "--tls-verify=false", &by_digest]).run();
        assert_eq!(out.success("pull back").trim(), busybox_id());
        let echo = user
            .den(&["run", "--rm", &by_digest, "echo", "back"])
            .run()
            .success("run pulled-back image");
        assert_eq!(echo, "back\n");

        // skopeo can copy it out whole (every blob is there and verifies).
        let oci = tempfile::tempdir().unwrap();
        let copy = Command::new("skopeo")
            .args(["copy", "-q", "--src-tls-verify=false"])
            .arg(format!("docker://{name}"))
            .arg(format!("oci:{}:x", oci.path().display()))
            .output()
            .unwrap();
        assert!(
            copy.status.success(),
            "{}",
            String::from_utf8_lossy(&copy.stderr)
        );

        user.den(&["push", "--tls-verify=false", "no-such-image", &name])
            .run()
            .code_is(125)
            .stderr_has("no-such-image");
    });
}

#[test]
fn htpasswd_basic_auth_with_creds_login_and_logout() {
    require!(
        tools_present(),
        "docker-registry or skopeo is not installed"
    );
    let htpasswd = Htpasswd::new("alice", "s3cret");
    let extra = htpasswd.auth_yaml();
    for_each_user!(|user| {
        let reg = Registry::start(&extra, None);
        reg.push_fixture("busybox.docker.tar", "private/bb:1", Some("alice:s3cret"));
        let image = format!("{}/private/bb:1", reg.host());

        user.den(&["pull", "--tls-verify=false", &image])
            .run()
            .code_is(125)
            .stderr_has("requires a login")
            .stderr_has(&format!("den login {}", reg.host()));
        user.den(&[
            "pull",
            "--tls-verify=false",
            "--creds",
            "alice:wrong",
            &image,
        ])
        .run()
        .code_is(125)
        .stderr_has("refused the credentials");
        let out = user
            .den(&[
                "pull",
                "-q",
                "--tls-verify=false",
                "--creds",
                "alice:s3cret",
                &image,
            ])
            .run();
        assert_eq!(out.success("pull with --creds").trim(), busybox_id());

        // A wrong password does not log in, and nothing is written.
        user.den(&[
            "login",
            "--tls-verify=false",
            "-u",
            "alice",
            "--password-stdin",
            &reg.host(),
        ])
        .stdin(b"nope\n")
        .run()
        .code_is(125)
        .stderr_has("refused the credentials");
        let authfile = user.runtime_dir.join("containers/auth.json");
        assert!(!authfile.exists());

        let login = user
            .den(&[
                "login",
                "--tls-verify=false",
                "-u",
                "alice",
                "--password-stdin",
                &reg.host(),
            ])
            .stdin(b"s3cret\n")
            .run();
        assert_eq!(login.success("login"), "Login Succeeded!\n");
        let stored = fs::read_to_string(&authfile).unwrap();
        assert!(stored.contains(&reg.host()), "{stored}");
        let mode = fs::metadata(&authfile).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);

        // Pull and push with the stored login.
        user.den(&["rmi", &image]).run().success("rmi");
        user.den(&["pull", "-q", "--tls-verify=false", &image])
            .run()
            .success("pull with stored login");
        user.den(&[
            "push",
            "--tls-verify=false",
            &image,
            &format!("{}/{}", reg.host(), repo_for(user, "private/copy")),
        ])
        .run()
        .success("push with stored login");

        let logout = user.den(&["logout", &reg.host()]).run();
        assert_eq!(
            logout.success("logout"),
            format!("Removed login credentials for {}\n", reg.host())
        );
        user.den(&["logout", &reg.host()])
            .run()
            .code_is(125)
            .stderr_has("not logged into");
        user.den(&["rmi", &image]).run().success("rmi");
        user.den(&["pull", "--tls-verify=false", &image])
            .run()
            .code_is(125)
            .stderr_has("requires a login");

        // docker's config.json is read too.
        let docker_auth = base64::engine::general_purpose::STANDARD.encode("alice:s3cret");
        fs::create_dir_all(user.home.join(".docker")).unwrap();
        fs::write(
            user.home.join(".docker/config.json"),
            format!(
                r#"{{"auths":{{"{}":{{"auth":"{docker_auth}"}}}}}}"#,
                reg.host()
            ),
        )
        .unwrap();
        user.den(&["pull", "-q", "--tls-verify=false", &image])
            .run()
            .success("pull with docker's config.json");
        let _ = fs::remove_dir_all(user.home.join(".docker"));
    });
}

#[test]
fn bearer_token_flow_from_the_challenge() {
    require!(
        tools_present(),
        "docker-registry or skopeo is not installed"
    );
    require!(
        openssl_present(),
        "openssl is not installed (it signs the test tokens)"
    );
    let tokens = TokenServer::start();
    let extra = tokens.auth_yaml();
    for_each_user!(|user| {
        let reg = Registry::start(&extra, None);
        reg.push_fixture("busybox.docker.tar", "team/bb:1", Some("alice:s3cret"));
        let image = format!("{}/team/bb:1", reg.host());
        user.den(&["pull", "--tls-verify=false", &image])
            .run()
            .code_is(125)
            .stderr_has("requires a login")
            .stderr_has("token server");
        let out = user
            .den(&[
                "pull",
                "-q",
                "--tls-verify=false",
                "--creds",
                "alice:s3cret",
                &image,
            ])
            .run();
        assert_eq!(out.success("pull with a bearer token").trim(), busybox_id());
        let dest = format!("{}/{}:2", reg.host(), repo_for(user, "team/up"));
        user.den(&[
            "push",
            "--tls-verify=false",
            "--creds",
            "alice:s3cret",
            &image,
            &dest,
        ])
        .run()
        .success("push with a bearer token");
        reg.skopeo_digest(dest.split_once('/').unwrap().1, Some("alice:s3cret"));
    });
}

#[test]
fn tls_with_a_private_ca_needs_cert_dir() {
    require!(
        tools_present(),
        "docker-registry or skopeo is not installed"
    );
    require!(
        openssl_present(),
        "openssl is not installed (it makes the test CA)"
    );
    let ca = PrivateCa::new();
    let certs = ca.cert_dir();
    for_each_user!(|user| {
        let reg = Registry::start("", Some(&ca));
        reg.push_fixture("busybox.docker.tar", "secure/bb:1", None);
        let image = format!("{}/secure/bb:1", reg.host());
        user.den(&["pull", &image])
            .run()
            .code_is(125)
            .stderr_has(&format!("pulling \"{image}\""))
            .stderr_has("--cert-dir");
        let out = user
            .den(&["pull", "-q", "--cert-dir", certs.to_str().unwrap(), &image])
            .run();
        assert_eq!(out.success("pull over verified TLS").trim(), busybox_id());
        user.den(&["rmi", &image]).run().success("rmi");
        user.den(&["pull", "-q", "--tls-verify=false", &image])
            .run()
            .success("pull over unverified TLS");
    });
}

#[test]
fn a_pull_with_a_corrupt_second_layer_stores_no_layer_and_the_next_pull_works() {
    for_each_user!(|user| {
        let server = FaultServer::start(busybox_oci_manifest());
        let host = server.host();
        // A store of its own: other tests pull busybox into the default one meanwhile.
        let root = user.home.join("stream-store");
        let root_arg = root.to_string_lossy().to_string();
        let pull = |name: &str| {
            user.den(&[
                "--root",
                &root_arg,
                "pull",
                "--tls-verify=false",
                &format!("{host}/{name}"),
            ])
            .env("DEN_LOG", "debug")
            .run()
        };
        let layer_dirs = || -> Vec<String> {
            fs::read_dir(root.join("layers"))
                .map(|d| {
                    d.flatten()
                        .map(|e| e.file_name().to_string_lossy().into_owned())
                        .collect()
                })
                .unwrap_or_default()
        };

        // The first layer (busybox's) unpacks while the second downloads; the second is
        // corrupt, so neither is stored and nothing is left in tmp/.
        let out = pull("twobad:1");
        out.code_is(125)
            .stderr_has(&format!("pulling \"{host}/twobad:1\""))
            .stderr_has("corrupt");
        assert_eq!(layer_dirs(), Vec::<String>::new(), "{}", out.stderr());
        let leftovers: Vec<String> = fs::read_dir(root.join("tmp"))
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(leftovers, Vec::<String>::new(), "{}", out.stderr());
        let images = user
            .den(&["--root", &root_arg, "images", "-q"])
            .run()
            .success("images");
        assert_eq!(images.trim(), "", "no image was recorded");

        // The good image pulls: busybox's blob is stored (it was verified) and unpacks from
        // there; the second layer unpacks from the download's stream.
        let two = server.two_layers();
        let second = sha256_hex(&two.layer);
        let out = pull("two:1");
        let id = out.success("pull of the good image");
        assert_eq!(id.lines().last(), Some(sha256_hex(&two.config).as_str()));
        out.stderr_has(&format!(
            "unpacking layer sha256:{second} while it downloads"
        ));
        let mut layers = layer_dirs();
        layers.sort();
        let mut want = vec![
            common::busybox_diff_id()["sha256:".len()..].to_string(),
            second,
        ];
        want.sort();
        assert_eq!(layers, want);
        let ran = user
            .den(&[
                "--root",
                &root_arg,
                "run",
                "--rm",
                &format!("{host}/two:1"),
                "sh",
                "-c",
                "wc -c </den-second; test -x /bin/busybox && echo busybox-ok",
            ])
            .run()
            .success("run the two-layer image");
        assert_eq!(ran, "300000\nbusybox-ok\n");
    });
}

#[test]
fn faults_retry_or_fail_naming_the_image_and_the_store_stays_usable() {
    for_each_user!(|user| {
        let server = FaultServer::start(busybox_oci_manifest());
        let host = server.host();
        let pull = |name: &str| {
            user.den(&["pull", "--tls-verify=false", &format!("{host}/{name}")])
                .run()
        };

        let out = pull("corrupt:1");
        out.code_is(125)
            .stderr_has(&format!("pulling \"{host}/corrupt:1\""))
            .stderr_has("corrupt");
        let layer = &common::fixture_list("busybox.oci", "layer_digests")[0]["sha256:".len()..];
        let images = user
            .den(&["images", "--format", "json"])
            .run()
            .success("images");
        assert!(!images.contains("corrupt"), "{images}");

        let out = pull("truncated:1");
        out.code_is(125)
            .stderr_has(&format!("pulling \"{host}/truncated:1\""))
            .stderr_has(&format!("blob sha256:{layer}"));

        pull("huge:1").code_is(125).stderr_has("larger than 4 MiB");
        pull("garbage:1").code_is(125).stderr_has("does not parse");

        let before = server.refused();
        let out = pull("flaky:1");
        assert_eq!(
            out.success("pull through 503 and 429").lines().last(),
            Some(busybox_id())
        );
        // The config is in the store since the corrupt pull (it was fine): only the layer
        // is fetched, refused twice, then sent.
        assert_eq!(
            server.refused(),
            before + 2,
            "the layer was refused with 503, then 429, then fetched"
        );
        out.stderr_has("Copying blob sha256:");

        // The index entry for this machine is chosen; a platform it lacks is an error.
        if std::env::consts::ARCH == "x86_64" {
            let out = pull("multi:1");
            assert_eq!(out.success("pull from an index").trim(), busybox_id());
            user.den(&[
                "pull",
                "--tls-verify=false",
                "--platform",
                "linux/s390x",
                &format!("{host}/multi:1"),
            ])
            .run()
            .code_is(125)
            .stderr_has("no image for linux/s390x")
            .stderr_has("linux/arm64/v8");
        }

        // After all that, the store is consistent: the good image pulls and runs.
        let out = pull("ok:1");
        assert_eq!(out.success("pull after faults").trim(), busybox_id());
        user.den(&["run", "--rm", &format!("{host}/ok:1"), "true"])
            .run()
            .success("run after faults");
    });
}

#[test]
fn a_stalled_layer_fails_after_the_configured_timeout_and_the_next_pull_works() {
    for_each_user!(|user| {
        let server = FaultServer::start(busybox_oci_manifest());
        let host = server.host();
        // A config of this test's own (XDG_CONFIG_HOME), so tests running alongside keep
        // the default limit.
        // And a store of its own: the layer it pulls must not be in the store the other
        // fault tests use.
        let config_home = user.home.join("stall-config");
        let store = user.home.join("stall-store");
        let _ = fs::remove_dir_all(&store);
        fs::create_dir_all(&store).unwrap();
        fs::create_dir_all(config_home.join("den")).unwrap();
        fs::write(
            config_home.join("den/config.toml"),
            "[registry]\nstall_timeout = 2\n",
        )
        .unwrap();
        if let Some(name) = &user.name {
            let status = Command::new("chown")
                .args(["-R", name])
                .arg(&config_home)
                .arg(&store)
                .status()
                .unwrap();
            assert!(status.success());
        }
        let root = store.to_str().unwrap();
        let started = Instant::now();
        let out = user
            .den(&[
                "--root",
                root,
                "pull",
                "--tls-verify=false",
                &format!("{host}/stall:1"),
            ])
            .env("XDG_CONFIG_HOME", config_home.to_str().unwrap())
            .run();
        let took = started.elapsed();
        out.code_is(125)
            .stderr_has(&format!("pulling \"{host}/stall:1\""))
            .stderr_has("stalled")
            .stderr_has("2 s");
        // Four tries of 2 s each plus the pauses between them; the default limit (60 s)
        // would take minutes.
        assert!(took < Duration::from_secs(40), "the pull took {took:?}");
        let images = user
            .den(&["--root", root, "images", "--format", "json"])
            .run()
            .success("images");
        assert!(!images.contains("stall"), "{images}");

        // The store is consistent: the same image from a registry that answers pulls.
        let out = user
            .den(&[
                "--root",
                root,
                "pull",
                "--tls-verify=false",
                &format!("{host}/ok:1"),
            ])
            .run();
        assert_eq!(out.success("pull after a stall").trim(), busybox_id());
        user.den(&[
            "--root",
            root,
            "run",
            "--rm",
            &format!("{host}/ok:1"),
            "true",
        ])
        .run()
        .success("run after a stall");
    });
}

#[test]
fn registries_conf_and_policy_json_are_honoured() {
    for_each_user!(|user| {
        let server = FaultServer::start(busybox_oci_manifest());
        let host = server.host();
        write_user_file(
            user,
            ".config/containers/registries.conf",
            &format!(
                r#"unqualified-search-registries = ["{host}"]

[[registry]]
location = "{host}"
insecure = true

[[registry]]
prefix = "example.test/app"
location = "{host}/ok"
insecure = true

[[registry]]
prefix = "mirrored.test"
location = "127.0.0.1:1"
[[registry.mirror]]
location = "{host}"
insecure = true

[[registry]]
prefix = "blocked.test"
blocked = true

[aliases]
"tools" = "{host}/ok"
"#
            ),
        );
        write_user_file(
            user,
            ".config/containers/policy.json",
            r#"{"default": [{"type": "insecureAcceptAnything"}],
                "transports": {"docker": {
                    "reject.test": [{"type": "reject"}],
                    "example.test/signed": [{"type": "signedBy", "keyType": "GPGKeys", "keyPath": "/k.gpg"}]}}}"#,
        );
        // An alias, shown as podman shows it.
        let out = user.den(&["pull", "tools:1"]).run();
        assert_eq!(out.success("pull an alias").trim(), busybox_id());
        out.stderr_has("Resolved \"tools\" as an alias")
            .stderr_has(&format!("Trying to pull {host}/ok:1"));
        // A short name through the search registry.
        let out = user.den(&["pull", "-q", "ok:2"]).run();
        assert_eq!(out.success("pull a short name").trim(), busybox_id());
        let images = user
            .den(&["images", "--format", "json"])
            .run()
            .success("images");
        assert!(images.contains(&format!("{host}/ok:2")), "{images}");
        // A prefix rewritten to another location; the image keeps the name asked for.
        let out = user.den(&["pull", "-q", "example.test/app:3"]).run();
        assert_eq!(out.success("pull a rewritten prefix").trim(), busybox_id());
        let images = user
            .den(&["images", "--format", "json"])
            .run()
            .success("images");
        assert!(images.contains("example.test/app:3"), "{images}");
        // The mirror answers for a registry that does not.
        let out = user.den(&["pull", "-q", "mirrored.test/ok:4"]).run();
        assert_eq!(out.success("pull through a mirror").trim(), busybox_id());

        user.den(&["pull", "blocked.test/x:1"])
            .run()
            .code_is(125)
            .stderr_has("\"blocked.test\" is blocked");
        user.den(&["pull", "reject.test/x:1"])
            .run()
            .code_is(125)
            .stderr_has("the policy rejects images");
        user.den(&["pull", "example.test/signed:1"])
            .run()
            .code_is(125)
            .stderr_has("requires signatures")
            .stderr_has("cannot verify signatures");
        remove_user_file(user, ".config/containers/registries.conf");
        remove_user_file(user, ".config/containers/policy.json");
    });
}

#[test]
fn podman_pulls_and_runs_what_den_pushed() {
    require!(
        tools_present(),
        "docker-registry or skopeo is not installed"
    );
    require!(
        Command::new("podman").arg("--version").output().is_ok(),
        "podman is not installed"
    );
    for_each_user!(|user| {
        // Rootless podman needs subordinate ranges.
        if !user.subids {
            continue;
        }
        let reg = Registry::start("", None);
        user.load_fixture("debian.docker.tar");
        let name = format!("{}/interop/debian:1", reg.host());
        user.den(&[
            "push",
            "-q",
            "--tls-verify=false",
            "localhost/den-debian:latest",
            &name,
        ])
        .run()
        .success("den push");
        let base = user.home.join("podman");
        let conf = user.home.join("podman-containers.conf");
        fs::write(
            &conf,
            "[engine]\nevents_logger = \"file\"\ncgroup_manager = \"cgroupfs\"\nruntime = \"runc\"\n",
        )
        .unwrap();
        let root = base.join("storage");
        // podman refuses a runroot longer than 50 characters: under the runtime dir it is
        // short enough even with a DEN_TEST_ROOT of a longer name.
        let runroot = user.runtime_dir.join("podman");
        let podman = |args: &[&str]| {
            let mut all = vec![
                "--root",
                root.to_str().unwrap(),
                "--runroot",
                runroot.to_str().unwrap(),
                "--storage-driver",
                "overlay",
            ];
            all.extend_from_slice(args);
            let mut cmd = user.command("/usr/bin/env", &[], true);
            cmd.arg(format!("CONTAINERS_CONF={}", conf.display()))
                .arg("podman")
                .args(&all);
            cmd.output().unwrap()
        };
        let pulled = podman(&["pull", "-q", "--tls-verify=false", &name]);
        assert!(
            pulled.status.success(),
            "podman pull: {}",
            String::from_utf8_lossy(&pulled.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&pulled.stdout).trim(), debian_id());
        let ran = podman(&["run", "--rm", &name, "cat", "/den-layer2"]);
        let pause = user.runtime_dir.join("libpod/tmp/pause.pid");
        if let Ok(pid) = fs::read_to_string(&pause) {
            // podman's pause process in this user's private runtime dir: ours to stop.
            let _ = Command::new("kill").arg(pid.trim()).status();
        }
        assert!(
            ran.status.success(),
            "podman run: {}",
            String::from_utf8_lossy(&ran.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&ran.stdout), "layer2\n");
    });
}
