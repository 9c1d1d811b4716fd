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
