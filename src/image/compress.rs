//! Compression of archives and layer blobs, recognised by magic bytes (never by media type or
//! file name: both lie in the wild), and the hashing readers that verify content while it
//! streams.

use std::io::{self, BufRead, BufReader, Read};

use sha2::{Digest, Sha256};

/// How a stream is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    /// Recognises the compression from the first bytes of a stream.
    pub fn detect(head: &[u8]) -> io::Result<Compression> {
        if head.starts_with(&[0x1f, 0x8b]) {
            Ok(Compression::Gzip)
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Ok(Compression::Zstd)
        } else if head.starts_with(&[0xfd, b'7', b'z', b'X', b'Z', 0]) {
            Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "xz compression is not supported (decompress it first, e.g. with: xz -d)",
            ))
        } else if head.starts_with(b"BZh") {
            Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "bzip2 compression is not supported (decompress it first, e.g. with: bzip2 -d)",
            ))
        } else {
            Ok(Compression::None)
        }
    }

    /// The OCI layer media type for a layer compressed this way.
    pub fn layer_media_type(self) -> &'static str {
        match self {
            Compression::None => "application/vnd.oci.image.layer.v1.tar",
            Compression::Gzip => "application/vnd.oci.image.layer.v1.tar+gzip",
            Compression::Zstd => "application/vnd.oci.image.layer.v1.tar+zstd",
        }
    }
}

/// Wraps `reader` in the decompressor its magic bytes call for.
pub fn decompress<'a, R: Read + 'a>(reader: R) -> io::Result<(Compression, Box<dyn Read + 'a>)> {
    let mut buffered = BufReader::with_capacity(256 * 1024, reader);
    let compression = Compression::detect(buffered.fill_buf()?)?;
    let stream: Box<dyn Read + 'a> = match compression {
        Compression::None => Box::new(buffered),
        Compression::Gzip => Box::new(flate2::bufread::MultiGzDecoder::new(buffered)),
        Compression::Zstd => Box::new(zstd::stream::read::Decoder::with_buffer(buffered)?),
    };
    Ok((compression, stream))
}

/// A reader that hashes (sha256) and counts every byte read through it.
pub struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
    count: u64,
}

impl<R: Read> HashingReader<R> {
    pub fn new(inner: R) -> Self {
        HashingReader {
            inner,
            hasher: Sha256::new(),
            count: 0,
        }
    }

    /// Reads the rest of the stream (tar's trailing blocks count in the digest), then returns
    /// `sha256:<hex>` and the number of bytes.
    pub fn finish(mut self) -> io::Result<(String, u64)> {
        drain(&mut self)?;
        Ok((
            format!("sha256:{}", hex::encode(self.hasher.finalize())),
            self.count,
        ))
    }

    /// Bytes read so far.
    pub fn count(&self) -> u64 {
        self.count
    }
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }
}

/// A reader that copies every byte read through it into a writer (the blob being stored)
/// and hashes it.
pub struct TeeReader<R, W> {
    inner: HashingReader<R>,
    out: W,
}

impl<R: Read, W: io::Write> TeeReader<R, W> {
    pub fn new(inner: R, out: W) -> Self {
        TeeReader {
            inner: HashingReader::new(inner),
            out,
        }
    }

    /// Reads the rest, then returns the digest, the size and the writer.
    pub fn finish(mut self) -> io::Result<(String, u64, W)> {
        drain(&mut self)?;
        let TeeReader { inner, out } = self;
        let (digest, size) = inner.finish()?;
        Ok((digest, size, out))
    }
}

impl<R: Read, W: io::Write> Read for TeeReader<R, W> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.out.write_all(&buf[..n])?;
        Ok(n)
    }
}

/// Reads `reader` to its end, 256 KiB at a time (`io::copy`'s 8 KiB would mean a read of
/// the network, a write of the pipe to the unpacker and a hash call per 8 KiB of a blob).
fn drain(reader: &mut impl Read) -> io::Result<()> {
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        match reader.read(&mut buf) {
            Ok(0) => return Ok(()),
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

/// The sha256 digest of a byte slice, as `sha256:<hex>`.
pub fn sha256_digest(bytes: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn detects_by_magic_and_refuses_xz() {
        assert_eq!(Compression::detect(b"ustar").unwrap(), Compression::None);
        assert_eq!(
            Compression::detect(&[0x1f, 0x8b, 8]).unwrap(),
            Compression::Gzip
        );
        assert_eq!(
            Compression::detect(&[0x28, 0xb5, 0x2f, 0xfd]).unwrap(),
            Compression::Zstd
        );
        assert!(Compression::detect(b"\xfd7zXZ\0").is_err());
    }

    #[test]
    fn gzip_and_zstd_round_trip_and_truncation_is_an_error() {
        let data = vec![7u8; 100_000];
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&data).unwrap();
        let gz = gz.finish().unwrap();
        let zs = zstd::encode_all(&data[..], 1).unwrap();
        for (blob, kind) in [(&gz, Compression::Gzip), (&zs, Compression::Zstd)] {
            let (c, mut r) = decompress(&blob[..]).unwrap();
            assert_eq!(c, kind);
            let mut out = Vec::new();
            r.read_to_end(&mut out).unwrap();
            assert_eq!(out, data);
            let (_, mut r) = decompress(&blob[..blob.len() - 4]).unwrap();
            assert!(r.read_to_end(&mut Vec::new()).is_err(), "{kind:?}");
        }
    }

    #[test]
    fn hashing_reader_counts_the_whole_stream() {
        let (digest, n) = HashingReader::new(&b"abc"[..]).finish().unwrap();
        assert_eq!(n, 3);
        assert_eq!(digest, sha256_digest(b"abc"));
    }
}
