fn main() {
    std::process::exit(den::main());
}

#[cfg(test)]
mod tests {
    /// build.rs links libgcc's unwinder in statically: the shared one is never loaded (its
    /// loading cost every den process about 0.15 ms), and a panic still unwinds through the
    /// archive's copy.
    #[test]
    #[cfg(den_static_unwinder)]
    fn the_unwinder_is_linked_in_and_unwinds() {
        let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
        assert!(!maps.contains("libgcc_s"), "libgcc_s.so is loaded:\n{maps}");
        let caught = std::panic::catch_unwind(|| {
            let depth = std::hint::black_box(3);
            assert!(depth < 2, "unwound");
        });
        assert!(caught.is_err(), "the panic was not caught");
    }
}

#[cfg(all(test, den_packed_relocs))]
mod relocations {
    /// The dynamic section's tags of the running binary (ELF64, little-endian).
    fn dynamic_tags() -> Vec<(u64, u64)> {
        const PT_DYNAMIC: u32 = 2;
        let elf = std::fs::read("/proc/self/exe").unwrap();
        let u16_at = |o: usize| u16::from_le_bytes(elf[o..o + 2].try_into().unwrap());
        let u32_at = |o: usize| u32::from_le_bytes(elf[o..o + 4].try_into().unwrap());
        let u64_at = |o: usize| u64::from_le_bytes(elf[o..o + 8].try_into().unwrap());
        assert_eq!(&elf[..5], b"\x7fELF\x02", "not an ELF64 file");
        let (phoff, phentsize, phnum) = (u64_at(0x20) as usize, u16_at(0x36), u16_at(0x38));
        let dynamic = (0..usize::from(phnum))
            .map(|i| phoff + i * usize::from(phentsize))
            .find(|&ph| u32_at(ph) == PT_DYNAMIC)
            .expect("den is dynamically linked: it has a PT_DYNAMIC header");
        let (offset, size) = (u64_at(dynamic + 8) as usize, u64_at(dynamic + 32) as usize);
        (offset..offset + size)
            .step_by(16)
            .map(|e| (u64_at(e), u64_at(e + 8)))
            .take_while(|&(tag, _)| tag != 0)
            .collect()
    }

    /// build.rs packs the relative relocations (DT_RELR): a few kB for the loader to read at
    /// every start instead of 24 bytes for each of ~14,000 RELA entries.
    #[test]
    fn relative_relocations_are_packed() {
        const DT_RELRSZ: u64 = 35;
        const DT_RELACOUNT: u64 = 0x6fff_fff9;
        let tags = dynamic_tags();
        let relr = tags.iter().find(|t| t.0 == DT_RELRSZ).map(|t| t.1);
        assert!(relr.is_some_and(|n| n > 0), "no DT_RELR table: {tags:x?}");
        let rela_relative = tags.iter().find(|t| t.0 == DT_RELACOUNT).map_or(0, |t| t.1);
        assert!(
            rela_relative < 100,
            "{rela_relative} RELA relative relocations remain"
        );
    }
}
