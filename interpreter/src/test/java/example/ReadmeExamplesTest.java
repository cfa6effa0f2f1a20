package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Embedding gilpy in Java" shows whole programs and what they print: each is a
 * file of this package, and it must print what the README says. So the examples cannot rot.
 */
class ReadmeExamplesTest {
    private static final Pattern EXAMPLE = Pattern.compile("```java\n(.*?)```\n\n[^`]*```text\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("public class (\\w+)");

    record Example(String source, String output) {}

    private static List<Example> examples() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("## Embedding gilpy in Java");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        List<Example> found = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(section);
        while (m.find()) {
            found.add(new Example(m.group(1), m.group(2)));
        }
        return found;
    }

    @Test
    void eachExampleIsAFileHereAndPrintsWhatTheReadmeSays() throws Exception {
        List<Example> examples = examples();
        assertEquals(2, examples.size(), "examples in the README section");
        for (Example e : examples) {
            Matcher name = CLASS.matcher(e.source());
            assertTrue(name.find());
            Path file = Path.of("src", "test", "java", "example", name.group(1) + ".java");
            assertEquals(Files.readString(file), e.source(), "README and " + file);
            assertEquals(e.output(), run(Class.forName("example." + name.group(1))), "output of " + file);
        }
    }

    private static String run(Class<?> program) throws Exception {
        Method main = program.getMethod("main", String[].class);
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(saved);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
