fn main() {
    std::process::exit(den::main());
}
