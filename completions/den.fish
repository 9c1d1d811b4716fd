# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_den_global_optspecs
    string join \n root= runroot= log-level= h/help V/version
end

function __fish_den_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_den_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_den_using_subcommand
    set -l cmd (__fish_den_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c den -n "__fish_den_needs_command" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_needs_command" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_needs_command" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_needs_command" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_needs_command" -f -a "run" -d 'Run a command in a new container'
complete -c den -n "__fish_den_needs_command" -f -a "load" -d 'Load images from a docker-archive or OCI archive tarball, or an OCI layout directory'
complete -c den -n "__fish_den_needs_command" -f -a "import" -d 'Create an image from a tarball of a root filesystem'
complete -c den -n "__fish_den_needs_command" -f -a "pull" -d 'Pull an image from a registry'
complete -c den -n "__fish_den_needs_command" -f -a "push" -d 'Push an image to a registry'
complete -c den -n "__fish_den_needs_command" -f -a "login" -d 'Log in to a registry (credentials are kept in auth.json, as podman does)'
complete -c den -n "__fish_den_needs_command" -f -a "logout" -d 'Log out of a registry'
complete -c den -n "__fish_den_needs_command" -f -a "images" -d 'List images in local storage'
complete -c den -n "__fish_den_needs_command" -f -a "image-ls" -d 'List images in local storage'
complete -c den -n "__fish_den_needs_command" -f -a "rmi" -d 'Remove one or more images from local storage'
complete -c den -n "__fish_den_needs_command" -f -a "info" -d 'Show how den is set up on this machine: mapping, storage driver, paths, kernel features'
complete -c den -n "__fish_den_needs_command" -f -a "doctor" -d 'Check each prerequisite of rootless containers and print the fix for every problem'
complete -c den -n "__fish_den_needs_command" -f -a "unshare" -d 'Run a command inside den\'s user namespace (files of the store get their container owners)'
complete -c den -n "__fish_den_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand run" -l name -d 'Name of the container' -r
complete -c den -n "__fish_den_using_subcommand run" -s e -l env -d 'Set an environment variable (NAME=VALUE, or NAME to copy it from den\'s environment)' -r
complete -c den -n "__fish_den_using_subcommand run" -l env-file -d 'Read environment variables from a file of NAME=VALUE lines' -r -F
complete -c den -n "__fish_den_using_subcommand run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c den -n "__fish_den_using_subcommand run" -s u -l user -d 'User and group to run as inside the container: name or id, user[:group]' -r
complete -c den -n "__fish_den_using_subcommand run" -l entrypoint -d 'Override the image\'s entrypoint (an empty string clears it)' -r
complete -c den -n "__fish_den_using_subcommand run" -s v -l volume -d 'Mount a host path or a named volume: SRC:DEST[:OPTIONS] (options: ro, rw)' -r
complete -c den -n "__fish_den_using_subcommand run" -l tmpfs -d 'Mount a tmpfs: DEST[:OPTIONS] (options as mount(8): size=64m,mode=1777,ro,...)' -r
complete -c den -n "__fish_den_using_subcommand run" -s h -l hostname -d 'Hostname inside the container (default: the container\'s short id)' -r
complete -c den -n "__fish_den_using_subcommand run" -l network -l net -d 'Network mode: host (share the host\'s network) or none (loopback only)' -r
complete -c den -n "__fish_den_using_subcommand run" -l cap-add -d 'Add a Linux capability (e.g. NET_RAW, or ALL)' -r
complete -c den -n "__fish_den_using_subcommand run" -l cap-drop -d 'Drop a Linux capability (e.g. CHOWN, or ALL)' -r
complete -c den -n "__fish_den_using_subcommand run" -l security-opt -d 'Security options: seccomp=unconfined, no-new-privileges' -r
complete -c den -n "__fish_den_using_subcommand run" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand run" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand run" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand run" -l help -d 'Print help (`-h` is --hostname, as in podman)'
complete -c den -n "__fish_den_using_subcommand run" -s i -l interactive -d 'Keep standard input open'
complete -c den -n "__fish_den_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c den -n "__fish_den_using_subcommand run" -l rm -d 'Remove the container when it exits'
complete -c den -n "__fish_den_using_subcommand run" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c den -n "__fish_den_using_subcommand run" -l init -d 'Run den\'s init as PID 1 (always on: it reaps zombies and forwards signals)'
complete -c den -n "__fish_den_using_subcommand run" -l rootfs -d 'IMAGE is a directory to use as the root filesystem instead of an image'
complete -c den -n "__fish_den_using_subcommand run" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand load" -s i -l input -d 'Read from a tarball (docker-archive or OCI archive) or an OCI layout directory instead of standard input' -r -F
complete -c den -n "__fish_den_using_subcommand load" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand load" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand load" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand load" -s q -l quiet -d 'Print only the image names'
complete -c den -n "__fish_den_using_subcommand load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand load" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand import" -s c -l change -d 'Apply a Dockerfile instruction to the image config: CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL (e.g. `--change \'CMD ["sh"]\'`)' -r
complete -c den -n "__fish_den_using_subcommand import" -s m -l message -d 'Commit message recorded in the image history' -r
complete -c den -n "__fish_den_using_subcommand import" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand import" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand import" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand import" -s q -l quiet -d 'Print only the image id'
complete -c den -n "__fish_den_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand import" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand pull" -l tls-verify -d 'Require HTTPS and verify the registry\'s certificate (default: true, unless the registry is marked insecure in registries.conf). `--tls-verify=false` also allows plain HTTP' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand pull" -l cert-dir -d 'Directory of CA certificates (*.crt) to trust for the registry' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l authfile -d 'Credentials file to use instead of podman\'s and docker\'s usual ones' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l creds -d 'Credentials for the registry: USER:PASSWORD' -r
complete -c den -n "__fish_den_using_subcommand pull" -l platform -d 'Platform to choose from a multi-platform image: OS/ARCH[/VARIANT] (default: this machine\'s)' -r
complete -c den -n "__fish_den_using_subcommand pull" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand pull" -s q -l quiet -d 'Print only the image id'
complete -c den -n "__fish_den_using_subcommand pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pull" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand push" -l tls-verify -d 'Require HTTPS and verify the registry\'s certificate (default: true, unless the registry is marked insecure in registries.conf). `--tls-verify=false` also allows plain HTTP' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand push" -l cert-dir -d 'Directory of CA certificates (*.crt) to trust for the registry' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l authfile -d 'Credentials file to use instead of podman\'s and docker\'s usual ones' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l creds -d 'Credentials for the registry: USER:PASSWORD' -r
complete -c den -n "__fish_den_using_subcommand push" -l digestfile -d 'Write the digest of the pushed manifest to this file' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand push" -s q -l quiet -d 'Print nothing but errors'
complete -c den -n "__fish_den_using_subcommand push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand push" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand login" -l tls-verify -d 'Require HTTPS and verify the registry\'s certificate (default: true, unless the registry is marked insecure in registries.conf). `--tls-verify=false` also allows plain HTTP' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand login" -l cert-dir -d 'Directory of CA certificates (*.crt) to trust for the registry' -r -F
complete -c den -n "__fish_den_using_subcommand login" -l authfile -d 'Credentials file to use instead of podman\'s and docker\'s usual ones' -r -F
complete -c den -n "__fish_den_using_subcommand login" -s u -l username -d 'User name' -r
complete -c den -n "__fish_den_using_subcommand login" -s p -l password -d 'Password (prefer --password-stdin: a password on the command line shows in ps)' -r
complete -c den -n "__fish_den_using_subcommand login" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand login" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand login" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand login" -l password-stdin -d 'Read the password from standard input'
complete -c den -n "__fish_den_using_subcommand login" -l get-login -d 'Check whether credentials for the registry are stored, without logging in'
complete -c den -n "__fish_den_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand login" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand logout" -l authfile -d 'Credentials file to edit' -r -F
complete -c den -n "__fish_den_using_subcommand logout" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand logout" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand logout" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand logout" -s a -l all -d 'Remove the credentials of every registry'
complete -c den -n "__fish_den_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand logout" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand images" -l format -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'JSON, for scripts'"
complete -c den -n "__fish_den_using_subcommand images" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand images" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand images" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand images" -s q -l quiet -d 'Only show image ids'
complete -c den -n "__fish_den_using_subcommand images" -l no-trunc -d 'Do not truncate image ids'
complete -c den -n "__fish_den_using_subcommand images" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand images" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image-ls" -l format -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'JSON, for scripts'"
complete -c den -n "__fish_den_using_subcommand image-ls" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image-ls" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image-ls" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand image-ls" -s q -l quiet -d 'Only show image ids'
complete -c den -n "__fish_den_using_subcommand image-ls" -l no-trunc -d 'Do not truncate image ids'
complete -c den -n "__fish_den_using_subcommand image-ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image-ls" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand rmi" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand rmi" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand rmi" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand rmi" -s f -l force -d 'Remove the image even if it has several names (all of them are removed)'
complete -c den -n "__fish_den_using_subcommand rmi" -s a -l all -d 'Remove all images'
complete -c den -n "__fish_den_using_subcommand rmi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand rmi" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand info" -l format -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'JSON, for scripts'"
complete -c den -n "__fish_den_using_subcommand info" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand info" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand info" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand info" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand doctor" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand doctor" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand doctor" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand unshare" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand unshare" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand unshare" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand unshare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand unshare" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare help" -f -a "run" -d 'Run a command in a new container'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare help" -f -a "load" -d 'Load images from a docker-archive or OCI archive tarball, or an OCI layout directory'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare help" -f -a "import" -d 'Create an image from a tarball of a root filesystem'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare help" -f -a "pull" -d 'Pull an image from a registry'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare help" -f -a "push" -d 'Push an image to a registry'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare help" -f -a "login" -d 'Log in to a registry (credentials are kept in auth.json, as podman does)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare help" -f -a "logout" -d 'Log out of a registry'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare help" -f -a "images" -d 'List images in local storage'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare help" -f -a "rmi" -d 'Remove one or more images from local storage'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare help" -f -a "info" -d 'Show how den is set up on this machine: mapping, storage driver, paths, kernel features'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare help" -f -a "doctor" -d 'Check each prerequisite of rootless containers and print the fix for every problem'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare help" -f -a "unshare" -d 'Run a command inside den\'s user namespace (files of the store get their container owners)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
