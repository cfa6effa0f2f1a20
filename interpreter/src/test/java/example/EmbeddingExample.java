package example;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gilpy.embed.PythonException;
import org.gilpy.embed.PythonInterpreter;
import org.gilpy.embed.PythonObject;

public class EmbeddingExample {
    /** A Java object for the script: Python calls its public methods. */
    public static class Inventory {
        private final Map<String, Integer> stock = new TreeMap<>();

        public void add(String item, int count) {
            stock.merge(item, count, Integer::sum);
        }

        public int count(String item) {
            return stock.getOrDefault(item, 0);
        }
    }

    public static void main(String[] args) {
        StringWriter out = new StringWriter();
        try (PythonInterpreter py = PythonInterpreter.builder()
                .stdout(out)                     // print() writes here
                .argv("report.py", "--verbose")  // sys.argv
                .denySystemAccess()              // no os, subprocess, open(), ...
                .timeout(Duration.ofSeconds(10)) // a call running longer gets KeyboardInterrupt
                .build()) {
            Inventory inventory = new Inventory();
            py.set("inventory", inventory);      // passed as itself
            py.set("orders", List.of(Map.of("item", "apple", "count", 3),
                    Map.of("item", "pear", "count", 2))); // copied: a list of dicts
            py.exec("""
                    import sys

                    def restock(orders):
                        for order in orders:
                            inventory.add(order['item'], order['count'])
                        return len(orders)

                    done = restock(orders)
                    print(sys.argv[1:], done, 'orders,', inventory.count('apple'), 'apples')
                    """, "report.py");
            System.out.print(out);

            long total = py.eval("sum(o['count'] for o in orders)", Long.class);
            Object squares = py.eval("[n * n for n in range(5)]"); // a java.util.List
            PythonObject restock = (PythonObject) py.get("restock");
            Object restocked = restock.call(List.of(Map.of("item", "apple", "count", 10)));
            System.out.println("total " + total + ", squares " + squares + ", restocked " + restocked
                    + ", apples " + inventory.count("apple"));

            try {
                py.exec("import os");
            } catch (PythonException e) {
                System.out.println(e.type() + ": " + e.pythonMessage());
            }
            try {
                py.exec("restock([{'item': 'plum', 'count': 'many'}])", "bad.py");
            } catch (PythonException e) {
                System.out.print(e.traceback());
            }
        }
    }
}
