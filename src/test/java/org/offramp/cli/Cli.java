package org.offramp.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the tool in-process with captured output. */
final class Cli {
    private Cli() {
    }

    /** What one invocation printed and returned. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    static Result run(String... args) {
        return run((org.offramp.experiment.RunModel) null, args);
    }

    /** Runs the tool with another model for the runs of {@code run} and {@code rerun}. */
    static Result run(org.offramp.experiment.RunModel model, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = OfframpCommand.newCommandLine(model);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * Runs the tool in-process, and runs {@code then} the moment its output first contains {@code marker},
     * before the tool goes on: a way to change its folder at a chosen step (e.g. once runs.csv and
     * summary.json are written, before the charts are).
     */
    static Result runWhenPrinted(String marker, Runnable then, String... args) {
        StringWriter out = new StringWriter() {
            private boolean done;

            @Override
            public void write(int c) {
                super.write(c);
                check();
            }

            @Override
            public void write(char[] cbuf, int off, int len) {
                super.write(cbuf, off, len);
                check();
            }

            @Override
            public void write(String str, int off, int len) {
                super.write(str, off, len);
                check();
            }

            private void check() {
                if (!done && getBuffer().indexOf(marker) >= 0) {
                    done = true;
                    then.run();
                }
            }
        };
        StringWriter err = new StringWriter();
        var cl = OfframpCommand.newCommandLine(null);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * The arguments of a command the tool printed, as a POSIX shell would split it: the line must start
     * with the launcher ({@link Launcher#command()}); single quotes are honoured, as the tool quotes.
     */
    static String[] printedArgs(String line) {
        String launcher = Launcher.command() + " ";
        String l = line.strip();
        if (!l.startsWith(launcher)) {
            throw new AssertionError("the printed command does not start with the launcher '" + launcher + "': " + l);
        }
        java.util.List<String> words = new java.util.ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        boolean escaped = false;
        boolean any = false;
        for (char c : l.substring(launcher.length()).toCharArray()) {
            if (escaped) {
                w.append(c);
                escaped = false;
            } else if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == '\\' && !quoted) {
                escaped = true;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(w.toString());
        }
        return words.toArray(String[]::new);
    }

    /** The line after the first line of {@code text} that contains {@code marker}: a printed command. */
    static String lineAfter(String text, String marker) {
        java.util.List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).contains(marker)) {
                return lines.get(i + 1);
            }
        }
        throw new AssertionError("no line after '" + marker + "' in:\n" + text);
    }
}
