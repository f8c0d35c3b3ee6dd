package org.offramp.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.offramp.scenario.Limits;
import org.offramp.scenario.Numbers;
import org.offramp.scenario.ScenarioException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How the flags' values are read: numbers by the same rule as YAML files ({@link Numbers}, the YAML
 * 1.2 core schema), so that {@code --seed 0x10} and {@code seed: 0x10} both mean 16 and
 * {@code --runs 010} and {@code runs: 010} both mean ten; folders never empty. Picocli reports a
 * refusal as "Invalid value for option '--runs': ..." and exits with {@link OfframpCommand#BAD_INPUT};
 * the ranges are checked by the commands, with {@link Limits}.
 */
final class Converters {
    private Converters() {
    }

    /** A whole number of any size that fits a long: an integer, or a whole-valued real such as 1e6. */
    static final class Whole implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            try {
                return Limits.parseWhole("the value", text, Long.MIN_VALUE, Long.MAX_VALUE);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("must be a whole number (e.g. 2000, 2e3 or 0x7d0), but was "
                        + ScenarioException.quote(text));
            }
        }
    }

    /** A whole number that fits an int (threads). */
    static final class WholeInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            try {
                return (int) Limits.parseWhole("the value", text, Integer.MIN_VALUE, Integer.MAX_VALUE);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("must be a whole number (e.g. 4), but was "
                        + ScenarioException.quote(text));
            }
        }
    }

    /** A seed: an integer literal in the 64-bit range; a real such as 1e3 is refused, as in a file. */
    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            try {
                return Limits.parseSeed("the seed", text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("must be " + Limits.SEED_ALLOWED + ", but was "
                        + ScenarioException.quote(text));
            }
        }
    }

    /** A real number ({@code .inf} and {@code .nan} are numbers, refused later by the range). */
    static final class Real implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            try {
                return Limits.parseReal("the value", text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("must be a number (e.g. 0.01 or 1e-2), but was "
                        + ScenarioException.quote(text));
            }
        }
    }

    /** A folder path that is not empty: {@code --out ''} would otherwise mean the current folder. */
    static final class Folder implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            if (text.isBlank()) {
                throw new TypeConversionException("must be a folder path, but was empty (the current folder is"
                        + " written '.')");
            }
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("must be a folder path, but was " + ScenarioException.quote(text)
                        + " (" + e.getReason() + ")");
            }
        }
    }

    /** A file path that is not empty. */
    static final class File implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            if (text.isBlank()) {
                throw new TypeConversionException("must be a file path, but was empty");
            }
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("must be a file path, but was " + ScenarioException.quote(text)
                        + " (" + e.getReason() + ")");
            }
        }
    }
}
