//! A seccomp filter that finds a syscall's verdict by binary search over ranges of syscall
//! numbers.
//!
//! Written here because seccompiler, the crate den uses for the profile's rules, emits one
//! comparison chain per syscall in order: den's allow-list of ~300 calls became 1,436
//! instructions, which the kernel checks and JIT-compiles on every container start and every
//! `den exec` (0.5 ms of each here), and which every syscall of the container then walks
//! linearly. libseccomp searches a tree, but it is a C library that den would need at build
//! time on every user's machine. Den's rules are simple (a verdict per syscall number, and
//! one check of `clone`'s flags), so a searched program is short to build: the numbers are
//! cut into ranges that share a verdict, and the program tests range starts as a balanced
//! binary tree, about two instructions per range and eight comparisons per syscall.
//! `seccomp::tests` checks it against seccompiler's program for every syscall number.

use std::collections::BTreeMap;

use seccompiler::sock_filter;

/// What a syscall number gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allow,
    /// Fails with this errno.
    Errno(u32),
    /// Allowed when none of `mask`'s bits are set in the first argument, else EPERM.
    AllowIfArg0Clear(u64),
}

/// `seccomp_data` offsets (linux/seccomp.h): the syscall number, the audit architecture and
/// the first argument's two halves (little-endian: den's architectures are).
const NR: u32 = 0;
const ARCH: u32 = 4;
const ARG0_LO: u32 = 16;
const ARG0_HI: u32 = 20;
const _: () = assert!(cfg!(target_endian = "little"));

const LD_ABS: u16 = (libc::BPF_LD | libc::BPF_W | libc::BPF_ABS) as u16;
const JA: u16 = (libc::BPF_JMP | libc::BPF_JA) as u16;
const JEQ: u16 = (libc::BPF_JMP | libc::BPF_JEQ | libc::BPF_K) as u16;
const JGE: u16 = (libc::BPF_JMP | libc::BPF_JGE | libc::BPF_K) as u16;
const JSET: u16 = (libc::BPF_JMP | libc::BPF_JSET | libc::BPF_K) as u16;
const RET: u16 = (libc::BPF_RET | libc::BPF_K) as u16;

fn stmt(code: u16, k: u32) -> sock_filter {
    sock_filter {
        code,
        jt: 0,
        jf: 0,
        k,
    }
}

fn jump(code: u16, k: u32, jt: u8, jf: u8) -> sock_filter {
    sock_filter { code, jt, jf, k }
}

fn ret_errno(errno: u32) -> sock_filter {
    stmt(
        RET,
        libc::SECCOMP_RET_ERRNO | (errno & libc::SECCOMP_RET_DATA),
    )
}

/// The program: a process of another architecture than `arch` (an AUDIT_ARCH_ value) is
/// killed; a syscall in `rules` gets its verdict, any other `default`.
pub fn program(arch: u32, rules: &BTreeMap<u32, Verdict>, default: Verdict) -> Vec<sock_filter> {
    let ranges = ranges(rules, default);
    let mut out = vec![
        stmt(LD_ABS, ARCH),
        jump(JEQ, arch, 1, 0),
        stmt(RET, libc::SECCOMP_RET_KILL_PROCESS),
        stmt(LD_ABS, NR),
    ];
    out.extend(search(&ranges));
    out
}

/// The numbers 0..=u32::MAX cut into ranges of one verdict each: (first number, verdict),
/// in order, neighbours differing.
fn ranges(rules: &BTreeMap<u32, Verdict>, default: Verdict) -> Vec<(u32, Verdict)> {
    let mut out: Vec<(u32, Verdict)> = vec![(0, default)];
    let mut push = |start: u32, verdict: Verdict| {
        if out.last().is_some_and(|(_, v)| *v == verdict) {
            return;
        }
        if out.last().is_some_and(|(s, _)| *s == start) {
            out.pop();
            if out.last().is_some_and(|(_, v)| *v == verdict) {
                return;
            }
        }
        out.push((start, verdict));
    };
    for (&nr, &verdict) in rules {
        push(nr, verdict);
        if let Some(next) = nr.checked_add(1)
            && !rules.contains_key(&next)
        {
            push(next, default);
        }
    }
    out
}

/// The search over `ranges` (the syscall number in the accumulator): the right half is
/// taken when the number is at least its first range's start.
fn search(ranges: &[(u32, Verdict)]) -> Vec<sock_filter> {
    if let [(_, verdict)] = ranges {
        return leaf(*verdict);
    }
    let mid = ranges.len() / 2;
    let right = search(&ranges[mid..]);
    let left = search(&ranges[..mid]);
    let start = ranges[mid].0;
    let mut out = Vec::with_capacity(right.len() + left.len() + 2);
    if let Ok(skip) = u8::try_from(right.len()) {
        out.push(jump(JGE, start, 0, skip));
    } else {
        // A conditional jump reaches 255 instructions; a longer right half is jumped over
        // with `ja`, whose offset is 32 bits.
        out.push(jump(JGE, start, 1, 0));
        out.push(stmt(JA, right.len() as u32));
    }
    out.extend(right);
    out.extend(left);
    out
}

fn leaf(verdict: Verdict) -> Vec<sock_filter> {
    match verdict {
        Verdict::Allow => vec![stmt(RET, libc::SECCOMP_RET_ALLOW)],
        Verdict::Errno(errno) => vec![ret_errno(errno)],
        Verdict::AllowIfArg0Clear(mask) => {
            let halves: Vec<(u32, u32)> = [(ARG0_LO, mask as u32), (ARG0_HI, (mask >> 32) as u32)]
                .into_iter()
                .filter(|&(_, bits)| bits != 0)
                .collect();
            let mut out = Vec::new();
            for (i, &(offset, bits)) in halves.iter().enumerate() {
                // A bit set: on to the EPERM at the end, past the other half's two
                // instructions and the ALLOW; none: go on.
                let to_eperm = 2 * (halves.len() - 1 - i) + 1;
                out.push(stmt(LD_ABS, offset));
                out.push(jump(JSET, bits, to_eperm as u8, 0));
            }
            out.push(stmt(RET, libc::SECCOMP_RET_ALLOW));
            out.push(ret_errno(libc::EPERM as u32));
            out
        }
    }
}

/// Runs a classic BPF seccomp program on one syscall: its return value. The subset of BPF
/// that den's and seccompiler's programs use; for tests.
#[cfg(test)]
pub fn run(program: &[sock_filter], arch: u32, nr: u32, arg0: u64) -> u32 {
    const AND: u16 = (libc::BPF_ALU | libc::BPF_AND | libc::BPF_K) as u16;
    const JGT: u16 = (libc::BPF_JMP | libc::BPF_JGT | libc::BPF_K) as u16;
    let load = |offset: u32| match offset {
        NR => nr,
        ARCH => arch,
        ARG0_LO => arg0 as u32,
        ARG0_HI => (arg0 >> 32) as u32,
        // The other arguments and the instruction pointer: zero in these tests.
        _ => 0,
    };
    let (mut acc, mut pc) = (0u32, 0usize);
    loop {
        let ins = &program[pc];
        pc += 1;
        let cond = |taken: bool| usize::from(if taken { ins.jt } else { ins.jf });
        match ins.code {
            LD_ABS => acc = load(ins.k),
            AND => acc &= ins.k,
            JA => pc += ins.k as usize,
            JEQ => pc += cond(acc == ins.k),
            JGT => pc += cond(acc > ins.k),
            JGE => pc += cond(acc >= ins.k),
            JSET => pc += cond(acc & ins.k != 0),
            RET => return ins.k,
            code => panic!("BPF opcode {code:#x} is not in the test interpreter"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARCH_X: u32 = 0xC000_003E;

    #[test]
    fn ranges_cover_every_number_once() {
        let rules = BTreeMap::from([
            (0, Verdict::Allow),
            (1, Verdict::Allow),
            (5, Verdict::Errno(38)),
            (6, Verdict::Allow),
            (u32::MAX, Verdict::Allow),
        ]);
        let got = ranges(&rules, Verdict::Errno(1));
        assert_eq!(
            got,
            vec![
                (0, Verdict::Allow),
                (2, Verdict::Errno(1)),
                (5, Verdict::Errno(38)),
                (6, Verdict::Allow),
                (7, Verdict::Errno(1)),
                (u32::MAX, Verdict::Allow),
            ]
        );
    }

    #[test]
    fn the_search_gives_each_number_its_verdict() {
        // Many ranges, so that some right halves are longer than a conditional jump reaches.
        let mut rules = BTreeMap::new();
        for nr in (0..2000).step_by(3) {
            rules.insert(nr, Verdict::Allow);
        }
        rules.insert(56, Verdict::AllowIfArg0Clear(0x7E02_0000 | (1 << 40)));
        rules.insert(435, Verdict::Errno(libc::ENOSYS as u32));
        let prog = program(ARCH_X, &rules, Verdict::Errno(libc::EPERM as u32));
        assert!(prog.len() < 4096);
        let allow = libc::SECCOMP_RET_ALLOW;
        let eperm = libc::SECCOMP_RET_ERRNO | libc::EPERM as u32;
        for nr in 0..2100 {
            let want = match rules.get(&nr) {
                Some(Verdict::Allow) => allow,
                Some(Verdict::Errno(e)) => libc::SECCOMP_RET_ERRNO | e,
                _ => eperm,
            };
            if nr != 56 {
                assert_eq!(run(&prog, ARCH_X, nr, 0), want, "syscall {nr}");
            }
        }
        assert_eq!(run(&prog, ARCH_X, 56, 0x11), allow);
        assert_eq!(run(&prog, ARCH_X, 56, 0x1000_0000), eperm);
        assert_eq!(run(&prog, ARCH_X, 56, 1 << 40), eperm);
        assert_eq!(run(&prog, ARCH_X, 56, 1 << 41), allow);
        assert_eq!(run(&prog, ARCH_X, u32::MAX, 0), eperm);
        assert_eq!(
            run(&prog, 0xC000_00B7, 0, 0),
            libc::SECCOMP_RET_KILL_PROCESS
        );
    }
}
