//! A registry that misbehaves on purpose, serving the image of the busybox OCI fixture
//! layout: `flaky` answers each blob first with 503, then 429 (Retry-After), then properly;
//! `corrupt` flips a byte of the layer; `truncated` cuts the layer short; `stall` sends a third
//! of the layer, then nothing; `huge` has a 5 MiB manifest; `garbage` one that is not JSON;
//! `multi` is an index with an arm64 and an amd64 entry; `two` and `twobad` a two-layer image
//! (`TwoLayers`) whose second layer `twobad` corrupts; `ok` (or any other name) is the image as
//! it is. It speaks plain HTTP only and serves until the test process ends.

use std::collections::HashMap;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::sha256_hex;

pub struct FaultServer {
    pub port: u16,
    /// Requests answered with 503 or 429.
    pub refused: Arc<AtomicUsize>,
    blobs: PathBuf,
    manifest: String,
}

impl FaultServer {
    /// Serves on a free port of 127.0.0.1; `manifest` is the hex digest of the busybox OCI
    /// layout's manifest.
    pub fn start(manifest: &str) -> FaultServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let refused = Arc::new(AtomicUsize::new(0));
        let seen: Arc<Mutex<HashMap<String, u32>>> = Arc::default();
        let blobs = super::fixtures()
            .expect("fixtures")
            .join("busybox.oci/blobs/sha256");
        let server = FaultServer {
            port,
            refused: refused.clone(),
            blobs: blobs.clone(),
            manifest: manifest.to_string(),
        };
        let manifest = server.manifest.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (blobs, manifest) = (blobs.clone(), manifest.clone());
                let (refused, seen) = (refused.clone(), seen.clone());
                std::thread::spawn(move || {
                    let _ = serve_fault(stream, &blobs, &manifest, &refused, &seen);
                });
            }
        });
        server
    }

    /// `127.0.0.1:PORT`, the registry part of image names.
    pub fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// Requests answered with 503 or 429 so far.
    pub fn refused(&self) -> usize {
        self.refused.load(Ordering::SeqCst)
    }

    /// The two-layer image that `two` and `twobad` serve.
    pub fn two_layers(&self) -> TwoLayers {
        TwoLayers::new(&self.blobs, &self.manifest)
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
    manifest_hex: &str,
    refused: &AtomicUsize,
    seen: &Mutex<HashMap<String, u32>>,
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
        let manifest = fs::read(blobs.join(manifest_hex))?;
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
                         "digest": format!("sha256:{manifest_hex}"), "size": manifest.len(),
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
            "two" | "twobad" => respond(
                &mut stream,
                "200 OK",
                oci,
                &TwoLayers::new(blobs, manifest_hex).manifest,
            ),
            _ => respond(&mut stream, "200 OK", oci, &manifest),
        };
    }
    let hex = reference.trim_start_matches("sha256:");
    if matches!(*name, "two" | "twobad") {
        let two = TwoLayers::new(blobs, manifest_hex);
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
                refused.fetch_add(1, Ordering::SeqCst);
                return respond(&mut stream, "503 Service Unavailable", "", b"busy");
            }
            if n == 2 {
                refused.fetch_add(1, Ordering::SeqCst);
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
pub struct TwoLayers {
    pub manifest: Vec<u8>,
    pub config: Vec<u8>,
    pub layer: Vec<u8>,
}

impl TwoLayers {
    fn new(blobs: &Path, manifest_hex: &str) -> TwoLayers {
        let manifest: serde_json::Value =
            serde_json::from_slice(&fs::read(blobs.join(manifest_hex)).unwrap()).unwrap();
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
