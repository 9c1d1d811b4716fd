//! Registry behaviour tests: den pulls from and pushes to a real registry (Debian's
//! docker-registry, distribution 2.8) on 127.0.0.1, started per test and stopped by its PID:
//! plain HTTP, TLS with a private CA, htpasswd basic auth, and a bearer-token flow against
//! a small token server in the test. Fixtures go into the registry with skopeo; what den
//! pushes is read back by skopeo.

mod common;

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use base64::Engine;
use common::{busybox_id, busybox_oci_manifest, debian_id};

/// A docker-registry process on a free port, killed (by its PID) on drop.
struct Registry {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
    tls: bool,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A directory the test users can read (tempfile makes 0700 ones).
fn shared_tempdir() -> tempfile::TempDir {
    let dir = tempfile::Builder::new()
        .prefix("den-registry-")
        .tempdir_in("/var/tmp")
        .unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    dir
}

impl Registry {
    /// Starts a registry; `extra` is YAML added at the top level (an `auth:` section), `tls`
    /// a (cert, key) pair to serve HTTPS with.
    fn start(extra: &str, tls: Option<(&Path, &Path)>) -> Registry {
        let dir = shared_tempdir();
        let port = free_port();
        let tls_yaml = tls.map_or_else(String::new, |(cert, key)| {
            format!(
                "  tls:\n    certificate: {}\n    key: {}\n",
                cert.display(),
                key.display()
            )
        });
        let config = format!(
            "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:{port}\n{tls_yaml}{extra}",
            dir.path().join("data").display()
        );
        let config_path = dir.path().join("config.yml");
        fs::write(&config_path, config).unwrap();
        let log = fs::File::create(dir.path().join("log")).unwrap();
        let child = Command::new("/usr/bin/docker-registry")
            .arg("serve")
            .arg(&config_path)
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("starting docker-registry");
        let registry = Registry {
            child,
            port,
            dir,
            tls: tls.is_some(),
        };
        registry.wait_ready();
        registry
    }

    fn wait_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(mut s) = TcpStream::connect(("127.0.0.1", self.port)) {
                if self.tls {
                    return;
                }
                let _ = s.write_all(b"GET /v2/ HTTP/1.0\r\n\r\n");
                let mut head = [0u8; 12];
                if s.read_exact(&mut head).is_ok() && head.starts_with(b"HTTP/1.") {
                    return;
                }
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "docker-registry did not start: {}",
            fs::read_to_string(self.dir.path().join("log")).unwrap_or_default()
        );
    }

    fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// `skopeo copy` of a fixture into the registry as `name`.
    fn push_fixture(&self, fixture: &str, name: &str, creds: Option<&str>) {
        let dir = common::fixtures().expect("fixtures");
        let transport = if fixture.ends_with(".oci.tar") {
            "oci-archive"
        } else {
            "docker-archive"
        };
        let mut cmd = Command::new("skopeo");
        cmd.args(["copy", "-q", "--dest-tls-verify=false"]);
        if let Some(c) = creds {
            cmd.args(["--dest-creds", c]);
        }
        let out = cmd
            .arg(format!("{transport}:{}", dir.join(fixture).display()))
            .arg(format!("docker://{}/{name}", self.host()))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "skopeo copy: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// The manifest digest skopeo sees for `name`.
    fn skopeo_digest(&self, name: &str, creds: Option<&str>) -> String {
        let mut cmd = Command::new("skopeo");
        cmd.args(["inspect", "--tls-verify=false", "--raw"]);
        if let Some(c) = creds {
            cmd.args(["--creds", c]);
        }
        let out = cmd
            .arg(format!("docker://{}/{name}", self.host()))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "skopeo inspect {name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let hex = sha256_hex(&out.stdout);
        format!("sha256:{hex}")
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        // Our own child, by its PID.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}

fn require_tools() -> bool {
    Path::new("/usr/bin/docker-registry").exists()
        && Command::new("skopeo").arg("--version").output().is_ok()
}

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
        require_tools(),
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
        require_tools(),
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
        require_tools(),
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
        require_tools(),
        "docker-registry or skopeo is not installed"
    );
    let secret = shared_tempdir();
    let htpasswd = secret.path().join("htpasswd");
    let hash = bcrypt::hash("s3cret", 5).unwrap();
    fs::write(&htpasswd, format!("alice:{hash}\n")).unwrap();
    let extra = format!(
        "auth:\n  htpasswd:\n    realm: den-test\n    path: {}\n",
        htpasswd.display()
    );
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

/// A token server for the registry's `auth: token` mode: answers `GET /token?scope=...`
/// with an RS256 JWT (signed by the openssl CLI) for alice, 401 for anyone else.
struct TokenServer {
    port: u16,
}

fn openssl(args: &[&str], dir: &Path) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("running openssl");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn b64url(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

impl TokenServer {
    fn start(dir: PathBuf) -> TokenServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let _ = serve_token(stream, &dir);
            }
        });
        TokenServer { port }
    }
}

fn serve_token(mut stream: TcpStream, dir: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut authorized = false;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':')
            && k.eq_ignore_ascii_case("authorization")
        {
            let want = base64::engine::general_purpose::STANDARD.encode("alice:s3cret");
            authorized = v.trim() == format!("Basic {want}");
        }
    }
    if !authorized {
        return stream.write_all(
            b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        );
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or_default();
    let query = path.split_once('?').map_or("", |(_, q)| q);
    let mut access = Vec::new();
    for pair in query.split('&') {
        if let Some(scope) = pair.strip_prefix("scope=") {
            let scope = scope
                .replace("%3A", ":")
                .replace("%2F", "/")
                .replace("%2C", ",");
            let parts: Vec<&str> = scope.split(':').collect();
            if parts.len() == 3 {
                access.push(serde_json::json!({
                    "type": parts[0], "name": parts[1],
                    "actions": parts[2].split(',').collect::<Vec<_>>(),
                }));
            }
        }
    }
    let der = fs::read(dir.join("token.der"))?;
    let header = serde_json::json!({
        "typ": "JWT", "alg": "RS256",
        "x5c": [base64::engine::general_purpose::STANDARD.encode(der)],
    });
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let claims = serde_json::json!({
        "iss": "den-test-issuer", "sub": "alice", "aud": "den-registry",
        "exp": now + 600, "nbf": now - 60, "iat": now - 60,
        "jti": format!("{now}-{}", std::process::id()), "access": access,
    });
    let signing_input = format!(
        "{}.{}",
        b64url(header.to_string().as_bytes()),
        b64url(claims.to_string().as_bytes())
    );
    let mut child = Command::new("openssl")
        .args(["dgst", "-sha256", "-sign", "token.key"])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(signing_input.as_bytes())?;
    let sig = child.wait_with_output()?.stdout;
    let token = format!("{signing_input}.{}", b64url(&sig));
    let body = serde_json::json!({ "token": token, "expires_in": 600 }).to_string();
    write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

#[test]
fn bearer_token_flow_from_the_challenge() {
    require!(
        require_tools(),
        "docker-registry or skopeo is not installed"
    );
    require!(
        Command::new("openssl").arg("version").output().is_ok(),
        "openssl is not installed (it signs the test tokens)"
    );
    let keys = shared_tempdir();
    openssl(
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "token.key",
            "-out",
            "token.crt",
            "-days",
            "2",
            "-subj",
            "/CN=den-test-token",
        ],
        keys.path(),
    );
    openssl(
        &[
            "x509",
            "-in",
            "token.crt",
            "-outform",
            "der",
            "-out",
            "token.der",
        ],
        keys.path(),
    );
    let tokens = TokenServer::start(keys.path().to_path_buf());
    let extra = format!(
        "auth:\n  token:\n    realm: http://127.0.0.1:{}/token\n    service: den-registry\n    issuer: den-test-issuer\n    rootcertbundle: {}\n",
        tokens.port,
        keys.path().join("token.crt").display()
    );
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
        require_tools(),
        "docker-registry or skopeo is not installed"
    );
    require!(
        Command::new("openssl").arg("version").output().is_ok(),
        "openssl is not installed (it makes the test CA)"
    );
    let pki = shared_tempdir();
    let d = pki.path();
    openssl(
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "ca.key",
            "-out",
            "ca.crt",
            "-days",
            "2",
            "-subj",
            "/CN=den-test-ca",
        ],
        d,
    );
    openssl(
        &[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
            "-subj",
            "/CN=127.0.0.1",
        ],
        d,
    );
    fs::write(d.join("ext.cnf"), "subjectAltName=IP:127.0.0.1\n").unwrap();
    openssl(
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.crt",
            "-days",
            "2",
            "-extfile",
            "ext.cnf",
        ],
        d,
    );
    let certs = d.join("certs");
    fs::create_dir(&certs).unwrap();
    fs::copy(d.join("ca.crt"), certs.join("ca.crt")).unwrap();
    for f in [certs.clone(), certs.join("ca.crt")] {
        fs::set_permissions(
            &f,
            fs::Permissions::from_mode(if f.is_dir() { 0o755 } else { 0o644 }),
        )
        .unwrap();
    }
    for_each_user!(|user| {
        let reg = Registry::start("", Some((&d.join("server.crt"), &d.join("server.key"))));
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

/// A registry that misbehaves on purpose, serving the busybox OCI fixture: `flaky` answers
/// each blob first with 503, then 429 (Retry-After), then properly; `corrupt` flips a byte
/// of the layer; `truncated` cuts the layer short; `huge` has a 5 MiB manifest; `garbage`
/// one that is not JSON; `multi` is an index with an arm64 and an amd64 entry; `ok` is the
/// image as it is.
struct FaultServer {
    port: u16,
    /// Requests answered with 503 or 429.
    refused: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl FaultServer {
    fn start() -> FaultServer {
        use std::sync::atomic::AtomicUsize;
        use std::sync::{Arc, Mutex};
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let refused = Arc::new(AtomicUsize::new(0));
        let seen: Arc<Mutex<std::collections::HashMap<String, u32>>> = Arc::default();
        let blobs = common::fixtures().unwrap().join("busybox.oci/blobs/sha256");
        let counter = refused.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (blobs, counter, seen) = (blobs.clone(), counter.clone(), seen.clone());
                std::thread::spawn(move || {
                    let _ = serve_fault(stream, &blobs, &counter, &seen);
                });
            }
        });
        FaultServer { port, refused }
    }
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    headers: &str,
    body: &[u8],
) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n{headers}\r\n",
        body.len()
    )?;
    stream.write_all(body)
}

fn serve_fault(
    mut stream: TcpStream,
    blobs: &Path,
    refused: &std::sync::atomic::AtomicUsize,
    seen: &std::sync::Mutex<std::collections::HashMap<String, u32>>,
) -> std::io::Result<()> {
    // A TLS ClientHello (den tries HTTPS first): hang up.
    let mut first = [0u8; 1];
    stream.peek(&mut first)?;
    if !first[0].is_ascii_alphabetic() {
        return Ok(());
    }
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
    }
    let path = request
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .to_string();
    if path == "/v2/" {
        return respond(&mut stream, "200 OK", "", b"{}");
    }
    let parts: Vec<&str> = path.trim_start_matches("/v2/").split('/').collect();
    let [name, kind, reference] = parts.as_slice() else {
        return respond(&mut stream, "404 Not Found", "", b"");
    };
    let oci = "Content-Type: application/vnd.oci.image.manifest.v1+json\r\n";
    if *kind == "manifests" {
        let manifest = fs::read(blobs.join(busybox_oci_manifest()))?;
        return match *name {
            "huge" => respond(&mut stream, "200 OK", oci, &vec![b' '; 5 << 20]),
            "garbage" => respond(&mut stream, "200 OK", oci, b"{not json"),
            "multi" if !reference.starts_with("sha256:") => {
                let index = serde_json::json!({
                    "schemaVersion": 2,
                    "mediaType": "application/vnd.oci.image.index.v1+json",
                    "manifests": [
                        {"mediaType": "application/vnd.oci.image.manifest.v1+json",
                         "digest": format!("sha256:{}", "a".repeat(64)), "size": 1,
                         "platform": {"os": "linux", "architecture": "arm64", "variant": "v8"}},
                        {"mediaType": "application/vnd.oci.image.manifest.v1+json",
                         "digest": format!("sha256:{}", busybox_oci_manifest()), "size": manifest.len(),
                         "platform": {"os": "linux", "architecture": "amd64"}},
                    ]
                });
                respond(
                    &mut stream,
                    "200 OK",
                    "Content-Type: application/vnd.oci.image.index.v1+json\r\n",
                    index.to_string().as_bytes(),
                )
            }
            "two" | "twobad" => {
                respond(&mut stream, "200 OK", oci, &TwoLayers::new(blobs).manifest)
            }
            _ => respond(&mut stream, "200 OK", oci, &manifest),
        };
    }
    let hex = reference.trim_start_matches("sha256:");
    if matches!(*name, "two" | "twobad") {
        let two = TwoLayers::new(blobs);
        let octet = "Content-Type: application/octet-stream\r\n";
        if hex == sha256_hex(&two.config) {
            return respond(&mut stream, "200 OK", octet, &two.config);
        }
        if hex == sha256_hex(&two.layer) {
            let mut layer = two.layer;
            if *name == "twobad" {
                layer[1000] ^= 0xff;
            }
            return respond(&mut stream, "200 OK", octet, &layer);
        }
    }
    let Ok(mut blob) = fs::read(blobs.join(hex)) else {
        return respond(&mut stream, "404 Not Found", "", b"");
    };
    let is_layer = blob.len() > 100_000;
    match *name {
        "flaky" => {
            let n = {
                let mut seen = seen.lock().unwrap();
                let n = seen.entry(reference.to_string()).or_insert(0);
                *n += 1;
                *n
            };
            if n == 1 {
                refused.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                return respond(&mut stream, "503 Service Unavailable", "", b"busy");
            }
            if n == 2 {
                refused.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                return respond(
                    &mut stream,
                    "429 Too Many Requests",
                    "Retry-After: 1\r\n",
                    b"",
                );
            }
        }
        "corrupt" if is_layer => blob[5000] ^= 0xff,
        "stall" if is_layer => {
            // Headers and part of the layer, then nothing (the connection stays open).
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                blob.len()
            )?;
            stream.write_all(&blob[..blob.len() / 3])?;
            stream.flush()?;
            std::thread::sleep(Duration::from_secs(120));
            return Ok(());
        }
        "truncated" if is_layer => {
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                blob.len()
            )?;
            return stream.write_all(&blob[..blob.len() / 2]);
        }
        _ => {}
    }
    respond(
        &mut stream,
        "200 OK",
        "Content-Type: application/octet-stream\r\n",
        &blob,
    )
}

/// A two-layer image for `FaultServer` (`two`, and `twobad` whose second layer is corrupt):
/// busybox's layer, then an uncompressed layer with `/den-second` (300 KB of `x`).
struct TwoLayers {
    manifest: Vec<u8>,
    config: Vec<u8>,
    layer: Vec<u8>,
}

impl TwoLayers {
    fn new(blobs: &Path) -> TwoLayers {
        let manifest: serde_json::Value =
            serde_json::from_slice(&fs::read(blobs.join(busybox_oci_manifest())).unwrap()).unwrap();
        let config_hex =
            manifest["config"]["digest"].as_str().unwrap()["sha256:".len()..].to_string();
        let mut config: serde_json::Value =
            serde_json::from_slice(&fs::read(blobs.join(config_hex)).unwrap()).unwrap();
        let layer = tar_of_one_file("den-second", &vec![b'x'; 300_000]);
        let layer_digest = format!("sha256:{}", sha256_hex(&layer));
        config["rootfs"]["diff_ids"]
            .as_array_mut()
            .unwrap()
            .push(layer_digest.clone().into());
        let config = serde_json::to_vec(&config).unwrap();
        let mut manifest = manifest;
        manifest["config"]["digest"] = format!("sha256:{}", sha256_hex(&config)).into();
        manifest["config"]["size"] = config.len().into();
        manifest["layers"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
                "mediaType": "application/vnd.oci.image.layer.v1.tar",
                "digest": layer_digest,
                "size": layer.len(),
            }));
        TwoLayers {
            manifest: serde_json::to_vec(&manifest).unwrap(),
            config,
            layer,
        }
    }
}

/// A ustar archive holding one regular file.
fn tar_of_one_file(name: &str, content: &[u8]) -> Vec<u8> {
    let mut header = [0u8; 512];
    let mut put = |at: usize, bytes: &[u8]| header[at..at + bytes.len()].copy_from_slice(bytes);
    put(0, name.as_bytes());
    put(100, b"0000644\0");
    put(108, b"0000000\0");
    put(116, b"0000000\0");
    put(124, format!("{:011o}\0", content.len()).as_bytes());
    put(136, b"00000000000\0");
    put(148, b"        ");
    put(156, b"0");
    put(257, b"ustar\0");
    put(263, b"00");
    let sum: u32 = header.iter().map(|&b| u32::from(b)).sum();
    header[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
    let mut tar = header.to_vec();
    tar.extend_from_slice(content);
    tar.resize(tar.len().div_ceil(512) * 512 + 1024, 0);
    tar
}

#[test]
fn a_pull_with_a_corrupt_second_layer_stores_no_layer_and_the_next_pull_works() {
    for_each_user!(|user| {
        let server = FaultServer::start();
        let host = format!("127.0.0.1:{}", server.port);
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
        let two = TwoLayers::new(&common::fixtures().unwrap().join("busybox.oci/blobs/sha256"));
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
        let server = FaultServer::start();
        let host = format!("127.0.0.1:{}", server.port);
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

        let before = server.refused.load(std::sync::atomic::Ordering::SeqCst);
        let out = pull("flaky:1");
        assert_eq!(
            out.success("pull through 503 and 429").lines().last(),
            Some(busybox_id())
        );
        // The config is in the store since the corrupt pull (it was fine): only the layer
        // is fetched, refused twice, then sent.
        assert_eq!(
            server.refused.load(std::sync::atomic::Ordering::SeqCst),
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
        let server = FaultServer::start();
        let host = format!("127.0.0.1:{}", server.port);
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
        let server = FaultServer::start();
        let host = format!("127.0.0.1:{}", server.port);
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
        require_tools(),
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
        let runroot = base.join("run");
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
