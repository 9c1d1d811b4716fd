//! Links libgcc's unwinder into den statically on GNU/Linux.
//!
//! std on `*-linux-gnu` takes its unwinder from the shared libgcc_s.so.1: its `unwind` crate
//! passes `-lgcc_s` to the linker itself, so no linker flag of ours can swap it. Loading that
//! library costs every den process about 0.15 ms before `main` (bench/README.md, "The
//! unwinder linked in"): one more object to map and relocate, and the constructor
//! `__cpu_indicator_init`, whose CPUID instructions each trap to the hypervisor in a VM. den's
//! release builds abort on panic, so the unwinder only ever walks a backtrace; a test build
//! unwinds panics through it as before.
//!
//! The same unwinder ships as the static archive libgcc_eh.a (what `gcc -static-libgcc`
//! links). This script writes a linker script named `libgcc_s.so` into its output directory,
//! first on the library search path, which stands in for the shared library and names that
//! archive. Where the C compiler that links den has no libgcc_eh.a (a toolchain without
//! libgcc), nothing changes. No crate does this, so it is written here.
//!
//! It also packs den's relative relocations (`-z pack-relative-relocs`, DT_RELR) where the
//! linker and the C library support it (GNU ld 2.38 and glibc 2.36 on): den's ~14,000
//! RELATIVE relocations take 340 kB as RELA entries, which the loader reads at every start,
//! and 3.6 kB as a RELR bitmap; the start-up time did not measurably change (bench/README.md,
//! "On a fresh VM, packed relocations, and a static build tried"). Probed by linking an empty
//! C program with the flag, since an older toolchain fails or warns.

use std::path::Path;
use std::process::Command;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(den_static_unwinder)");
    println!("cargo::rustc-check-cfg=cfg(den_packed_relocs)");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=RUSTC_LINKER");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os != "linux" || env != "gnu" {
        return;
    }
    // The compiler driver rustc links with: cargo names a configured one in RUSTC_LINKER.
    let linker = std::env::var("RUSTC_LINKER").unwrap_or_else(|_| "cc".to_owned());
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    if links_with(&linker, Path::new(&out), PACK_RELOCS) {
        println!("cargo::rustc-link-arg={PACK_RELOCS}");
        println!("cargo::rustc-cfg=den_packed_relocs");
    }
    let Some(archive) = libgcc_eh(&linker) else {
        println!("cargo::warning=no libgcc_eh.a next to {linker}: den loads libgcc_s.so.1");
        return;
    };
    let script = Path::new(&out).join("libgcc_s.so");
    let text = format!("INPUT({})\n", archive.display());
    std::fs::write(&script, text).expect("writing the linker script into OUT_DIR");
    println!("cargo::rustc-link-search=native={out}");
    println!("cargo::rustc-cfg=den_static_unwinder");
}

const PACK_RELOCS: &str = "-Wl,-z,pack-relative-relocs";

/// Whether `linker` links an empty program with `flag`, silently.
fn links_with(linker: &str, out: &Path, flag: &str) -> bool {
    let source = out.join("probe.c");
    if std::fs::write(&source, "int main(void) { return 0; }\n").is_err() {
        return false;
    }
    Command::new(linker)
        .arg(flag)
        .arg("-o")
        .arg(out.join("probe"))
        .arg(&source)
        .output()
        .is_ok_and(|o| o.status.success() && o.stderr.is_empty())
}

/// Where `linker` finds libgcc_eh.a, if it has one (`-print-file-name` answers the bare name
/// when it has none).
fn libgcc_eh(linker: &str) -> Option<std::path::PathBuf> {
    let output = Command::new(linker)
        .arg("-print-file-name=libgcc_eh.a")
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let path = std::path::PathBuf::from(String::from_utf8(output.stdout).ok()?.trim());
    (path.is_absolute() && path.is_file()).then_some(path)
}
