package org.gilpy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gilpy.builtins.SysModule;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.InterpreterConfig;

/**
 * The {@code gilpy} command: CPython's command line ({@code gilpy [options] script.py args},
 * {@code -c cmd}, {@code -m module}, a script from standard input) with its exit codes.
 */
public final class Main {
    private Main() {}

    private static final String FILENAME = "<stdin>";
    private static final String USAGE = "usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

    public static void main(String[] args) {
        CtrlC.routeTo(Thread.currentThread());
        int code;
        try {
            code = run(args);
        } catch (Throwable t) {
            // a failure outside any interpreter (gilpy's own bug): Python's way, no Java trace
            System.out.flush();
            System.err.println("SystemError: gilpy internal error: " + t);
            code = 1;
        }
        System.exit(code);
    }

    static int run(String[] args) {
        List<String> xoptions = new ArrayList<>();
        boolean unbuffered = false;
        boolean inspect = false;
        boolean ignoreEnvironment = false;
        String command = null;
        String module = null;
        String script = null;
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("-c") || (a.startsWith("-c") && a.length() > 2 && !a.startsWith("--"))) {
                command = a.length() > 2 ? a.substring(2) : (i + 1 < args.length ? args[++i] : null);
                if (command == null) {
                    System.err.print("Argument expected for the -c option\n" + USAGE
                            + "Try `gilpy -h' for more information.\n");
                    return 2;
                }
                i++;
                break;
            }
            if (a.equals("-m") || (a.startsWith("-m") && a.length() > 2 && !a.startsWith("--"))) {
                module = a.length() > 2 ? a.substring(2) : (i + 1 < args.length ? args[++i] : null);
                if (module == null) {
                    System.err.print("Argument expected for the -m option\n" + USAGE
                            + "Try `gilpy -h' for more information.\n");
                    return 2;
                }
                i++;
                break;
            }
            if (a.equals("-X")) {
                if (i + 1 < args.length) {
                    xoptions.add(args[++i]);
                }
                i++;
                continue;
            }
            if (a.startsWith("-X")) {
                xoptions.add(a.substring(2));
                i++;
                continue;
            }
            if (a.equals("-u")) {
                unbuffered = true;
                i++;
                continue;
            }
            if (a.equals("-V") || a.equals("--version")) {
                System.out.println("Python " + SysModule.MAJOR + "." + SysModule.MINOR + "." + SysModule.MICRO
                        + " (gilpy)");
                return 0;
            }
            if (a.equals("-h") || a.equals("--help") || a.equals("-?")) {
                System.out.print(USAGE + HELP);
                return 0;
            }
            if (a.equals("-") || !a.startsWith("-")) {
                script = a;
                i++;
                break;
            }
            if (a.matches("-[bBdEiIOqsSvW]+")) {
                inspect |= a.indexOf('i') >= 0;
                ignoreEnvironment |= a.contains("E") || a.contains("I");
                i++;
                continue;
            }
            System.err.print("Unknown option: " + a + "\n" + USAGE + "Try `gilpy -h' for more information.\n");
            return 2;
        }
        // as CPython: a non-empty PYTHONUNBUFFERED is -u, unless -E (or -I) ignores the environment
        unbuffered |= !ignoreEnvironment && !System.getenv().getOrDefault("PYTHONUNBUFFERED", "").isEmpty();
        List<String> rest = new ArrayList<>();
        for (; i < args.length; i++) {
            rest.add(args[i]);
        }
        List<String> argv = new ArrayList<>();
        List<String> path = new ArrayList<>();
        String source;
        String filename;
        if (command != null) {
            argv.add("-c");
            path.add("");
            source = command;
            filename = "<string>";
        } else if (module != null) {
            return runModule(module, rest, xoptions, unbuffered);
        } else if (script != null && !script.equals("-")) {
            Path p = Path.of(script);
            try {
                source = Files.readString(p, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                System.err.println("gilpy: can't open file " + quoted(p) + ": [Errno 2] No such file or directory");
                return 2;
            } catch (IOException e) {
                String why = Files.isDirectory(p) ? "[Errno 21] Is a directory" : "[Errno 13] Permission denied";
                System.err.println("gilpy: can't open file " + quoted(p) + ": " + why);
                return 2;
            }
            argv.add(script);
            Path dir = p.toAbsolutePath().getParent();
            path.add(dir == null ? "" : dir.toString());
            // as CPython 3.9+: the main script's code carries its absolute path; argv[0] stays as typed
            filename = p.toAbsolutePath().normalize().toString();
        } else {
            argv.add(script == null ? "" : "-");
            path.add("");
            argv.addAll(rest);
            boolean terminal = System.console() != null;
            if (terminal || inspect) {
                InterpreterConfig config = config(argv, path, xoptions, unbuffered);
                return interactive(config, null, FILENAME, script == null && terminal);
            }
            return OsSignals.route(new Interpreter(config(argv, path, xoptions, unbuffered))).runMainFile(readAll(System.in), FILENAME);
        }
        argv.addAll(rest);
        InterpreterConfig config = config(argv, path, xoptions, unbuffered);
        if (inspect) {
            return interactive(config, source, filename, false);
        }
        Interpreter interp = OsSignals.route(new Interpreter(config));
        return command != null ? interp.runMain(source, filename) : interp.runMainFile(source, filename);
    }

    private static InterpreterConfig config(List<String> argv, List<String> path, List<String> xoptions,
                                            boolean unbuffered) {
        return InterpreterConfig.defaults().argv(argv).path(path).xoptions(xoptions).unbuffered(unbuffered);
    }

    /**
     * The interactive prompt on standard input, after running source when there is one
     * ({@code -i}: what it raises, SystemExit too, is printed), greeting first when asked. At a
     * terminal the program's stdin reads through the terminal too.
     */
    private static int interactive(InterpreterConfig config, String source, String filename, boolean banner) {
        TerminalInput terminal = System.console() != null ? TerminalInput.open() : null;
        Interpreter interp = OsSignals.route(new Interpreter(terminal == null ? config : config.stdin(terminal.stdin())));
        PromptInput input = terminal != null ? terminal : new StreamInput(interp);
        return interp.runMain(filename, globals -> {
            Repl repl = new Repl(interp, input);
            if (banner) {
                interp.stderr.write(repl.banner());
            }
            if (source != null) {
                try {
                    interp.runSource(source, filename, globals);
                } catch (RuntimeException e) {
                    interp.printTraceback(interp.asPyException(e));
                }
            }
            repl.run(globals);
        });
    }

    private static int runModule(String module, List<String> rest, List<String> xoptions, boolean unbuffered) {
        Path cwd = Path.of("").toAbsolutePath();
        Path file = cwd.resolve(module.replace('.', '/') + ".py");
        if (!Files.isRegularFile(file)) {
            Path pkg = cwd.resolve(module.replace('.', '/')).resolve("__main__.py");
            if (Files.isRegularFile(pkg)) {
                file = pkg;
            } else {
                String resource = "gilpy/lib/" + module.replace('.', '/') + ".py";
                try (InputStream in = Main.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        System.err.println("gilpy: No module named " + module);
                        return 1;
                    }
                    List<String> argv = new ArrayList<>();
                    argv.add(module);
                    argv.addAll(rest);
                    Interpreter interp = OsSignals.route(new Interpreter(InterpreterConfig.defaults().argv(argv)
                            .path(List.of(cwd.toString())).xoptions(xoptions).unbuffered(unbuffered)));
                    return interp.runMain(new String(in.readAllBytes(), StandardCharsets.UTF_8), "<frozen " + module + ">");
                } catch (IOException e) {
                    System.err.println("gilpy: No module named " + module);
                    return 1;
                }
            }
        }
        List<String> argv = new ArrayList<>();
        argv.add(file.toString());
        argv.addAll(rest);
        try {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            Interpreter interp = OsSignals.route(new Interpreter(InterpreterConfig.defaults().argv(argv)
                    .path(List.of(cwd.toString())).xoptions(xoptions).unbuffered(unbuffered)));
            return interp.runMain(source, file.toString());
        } catch (IOException e) {
            System.err.println("gilpy: can't open file " + quoted(file) + ": " + e.getMessage());
            return 2;
        }
    }

    private static String quoted(Path p) {
        return "'" + p.toAbsolutePath().normalize() + "'";
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static final String HELP = """
            Options:
            -c cmd : program passed in as string (terminates option list)
            -m mod : run library module as a script (terminates option list)
            -i     : inspect interactively after running script; forces a prompt even
                     if stdin does not appear to be a terminal
            -u     : unbuffered stdout and stderr
            -X opt : implementation-specific option:
                     gil_stats: print each thread's GIL statistics at exit (to stderr)
                     gil_trace=FILE.json: record the GIL's activity as a Chrome trace (Perfetto)
                     gil_timeline=FILE.svg: draw it as a timeline picture
                     gil_window=FROM:TO: only that part of the run in the picture (ms)
                     dis: print the module's bytecode before running it
            -V     : print the Python version number and exit
            -h     : print this help message and exit
            file   : program read from script file
            -      : program read from stdin (default; interactive mode if a tty)
            arg ...: arguments passed to program in sys.argv[1:]
            """;
}
