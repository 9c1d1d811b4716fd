//! A real registry for the tests: Debian's docker-registry (distribution 2.8) on 127.0.0.1,
//! started from a config of its own and stopped by its PID; plain HTTP or TLS with a private
//! CA, and no auth, htpasswd basic auth or a token server (`super::token`). Fixtures go in with
//! skopeo, and skopeo reads back what den pushed.

use std::fs;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use super::{free_port, sha256_hex, shared_tempdir};

/// Whether docker-registry and skopeo are installed (tests that need them skip without).
pub fn tools_present() -> bool {
    Path::new("/usr/bin/docker-registry").exists()
        && Command::new("skopeo").arg("--version").output().is_ok()
}

/// Whether the openssl CLI is installed (it makes the test CA and signs the test tokens).
pub fn openssl_present() -> bool {
    Command::new("openssl").arg("version").output().is_ok()
}

/// Runs `openssl ARGS` in `dir`, asserting success.
pub fn openssl(args: &[&str], dir: &Path) {
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

/// A docker-registry process on a free port, killed (by its PID) on drop.
pub struct Registry {
    child: Child,
    pub port: u16,
    dir: tempfile::TempDir,
    tls: bool,
}

impl Registry {
    /// Starts a registry; `auth` is YAML added at the top level (an `auth:` section, from
    /// `Htpasswd::auth_yaml` or `TokenServer::auth_yaml`, or ""), `tls` a CA whose server
    /// certificate it serves HTTPS with.
    pub fn start(auth: &str, tls: Option<&PrivateCa>) -> Registry {
        let dir = shared_tempdir("den-registry-");
        let port = free_port();
        let tls_yaml = tls.map_or_else(String::new, |ca| {
            format!(
                "  tls:\n    certificate: {}\n    key: {}\n",
                ca.server_cert().display(),
                ca.server_key().display()
            )
        });
        let config = format!(
            "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:{port}\n{tls_yaml}{auth}",
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

    /// `127.0.0.1:PORT`, the registry part of image names.
    pub fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// `skopeo copy` of a fixture into the registry as `name`.
    pub fn push_fixture(&self, fixture: &str, name: &str, creds: Option<&str>) {
        let dir = super::fixtures().expect("fixtures");
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
    pub fn skopeo_digest(&self, name: &str, creds: Option<&str>) -> String {
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
        format!("sha256:{}", sha256_hex(&out.stdout))
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        // Our own child, by its PID.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An htpasswd file with one user, for the registry's `auth: htpasswd` mode.
pub struct Htpasswd {
    dir: tempfile::TempDir,
}

impl Htpasswd {
    pub fn new(user: &str, password: &str) -> Htpasswd {
        let dir = shared_tempdir("den-registry-");
        let hash = bcrypt::hash(password, 5).unwrap();
        fs::write(dir.path().join("htpasswd"), format!("{user}:{hash}\n")).unwrap();
        Htpasswd { dir }
    }

    /// The `auth:` section for `Registry::start`.
    pub fn auth_yaml(&self) -> String {
        format!(
            "auth:\n  htpasswd:\n    realm: den-test\n    path: {}\n",
            self.dir.path().join("htpasswd").display()
        )
    }
}

/// A private CA and a server certificate it signed for 127.0.0.1 (made with the openssl
/// CLI), and a `--cert-dir` directory holding the CA that the test users can read.
pub struct PrivateCa {
    dir: tempfile::TempDir,
}

impl PrivateCa {
    pub fn new() -> PrivateCa {
        use std::os::unix::fs::PermissionsExt;
        let dir = shared_tempdir("den-registry-");
        let d = dir.path();
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
        fs::set_permissions(&certs, fs::Permissions::from_mode(0o755)).unwrap();
        fs::set_permissions(certs.join("ca.crt"), fs::Permissions::from_mode(0o644)).unwrap();
        PrivateCa { dir }
    }

    pub fn server_cert(&self) -> PathBuf {
        self.dir.path().join("server.crt")
    }

    pub fn server_key(&self) -> PathBuf {
        self.dir.path().join("server.key")
    }

    /// A directory with the CA certificate, as `--cert-dir` takes.
    pub fn cert_dir(&self) -> PathBuf {
        self.dir.path().join("certs")
    }
}
