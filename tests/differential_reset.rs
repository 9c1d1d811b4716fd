//! Differential cases for `system reset` against podman 4.3: what is left after it. In a test
//! binary of its own, because podman's reset also stops the user's rootless pause process,
//! which the pairs of other tests running beside it would still be using.

mod common;

use common::differential::{Pair, case, run_cases};

#[test]
fn reset_leaves_no_pods_networks_or_secrets() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "reset");
        let made: &[&[&str]] = &[
            &["pod", "create", "--infra=false", "--name", "rp"],
            &["network", "create", "rn"],
            &["secret", "create", "rs", "/etc/hostname"],
        ];
        let after_reset = |name: &str, args: &[&str]| {
            let mut c = case(name, args);
            for line in made {
                c = c.setup(line);
            }
            c.setup(&["system", "reset", "--force"]).stdout()
        };
        let cases = [
            after_reset("no pods", &["pod", "ps", "-q"]),
            after_reset(
                "only the default network",
                &["network", "ls", "--format", "{{.Name}}"],
            ),
            after_reset("no secrets", &["secret", "ls", "-q"]),
            after_reset("no images", &["images", "-q"]),
        ];
        run_cases(&pair, "system reset", &cases);
    });
}
