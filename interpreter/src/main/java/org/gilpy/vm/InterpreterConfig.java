package org.gilpy.vm;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** How an interpreter is set up: its command line, search path, standard streams and limits. */
public final class InterpreterConfig {
    List<String> argv = List.of("");
    List<String> path = new ArrayList<>();
    OutputStream stdout = System.out;
    OutputStream stderr = System.err;
    InputStream stdin = System.in;
    int recursionLimit = 1000;
    double switchInterval = 0.005;
    Set<String> deniedModules = Set.of();
    List<String> xoptions = List.of();
    boolean unbuffered;
    java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();

    public List<String> argv() {
        return argv;
    }

    public List<String> path() {
        return path;
    }

    public List<String> xoptions() {
        return xoptions;
    }

    public static InterpreterConfig defaults() {
        return new InterpreterConfig();
    }

    public InterpreterConfig argv(List<String> v) {
        argv = List.copyOf(v);
        return this;
    }

    /** Directories searched for modules after the script's own directory. */
    public InterpreterConfig path(List<String> v) {
        path = new ArrayList<>(v);
        return this;
    }

    public InterpreterConfig stdout(OutputStream v) {
        stdout = v;
        return this;
    }

    public InterpreterConfig stderr(OutputStream v) {
        stderr = v;
        return this;
    }

    public InterpreterConfig stdin(InputStream v) {
        stdin = v;
        return this;
    }

    public InterpreterConfig recursionLimit(int v) {
        recursionLimit = v;
        return this;
    }

    public InterpreterConfig switchInterval(double seconds) {
        switchInterval = seconds;
        return this;
    }

    /** Modules a script may not import (ImportError), for running untrusted code. */
    public InterpreterConfig deniedModules(Set<String> v) {
        deniedModules = Set.copyOf(v);
        return this;
    }

    public InterpreterConfig xoptions(List<String> v) {
        xoptions = List.copyOf(v);
        return this;
    }

    /** The working directory the script sees (os.getcwd, relative paths in open()). */
    public InterpreterConfig cwd(java.nio.file.Path v) {
        cwd = v.toAbsolutePath();
        return this;
    }

    public java.nio.file.Path cwd() {
        return cwd;
    }

    public InterpreterConfig unbuffered(boolean v) {
        unbuffered = v;
        return this;
    }
}
