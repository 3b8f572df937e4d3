package io.gatehouse.domain.rbac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property: for any rule set, caller roles, operation default and row id, the list filter
 * ({@link RuleSet#rowAccess}) agrees with the single-resource check ({@link RuleSet#decide}).
 */
class RuleSetRowAccessPropertyTest {
    private static final long SEED = 20200901L;
    private static final int RUNS = 3000;
    private static final long[] ROLES = {Roles.EVERYONE, Roles.ADMINISTRATORS, 10, 11, 12};
    private static final String[] TYPES = {Resources.USER, Resources.ROLE, Resources.APPLICATION};
    private static final String[] OPERATIONS = {"read", "update"};
    private static final int MAX_ID = 12;

    @Test
    void rowAccessAgreesWithDecideForEveryRow() {
        Random random = new Random(SEED);
        int rowsChecked = 0;
        for (int run = 0; run < RUNS; run++) {
            List<Rule> rules = randomRules(random);
            RuleSet set = new RuleSet(rules);
            Set<Long> caller = randomCaller(random);
            String type = TYPES[random.nextInt(TYPES.length)];
            String operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
            boolean defaultAllowed = random.nextBoolean();

            RowAccess rows = set.rowAccess(caller, type, operation, defaultAllowed);
            for (long id = 1; id <= MAX_ID + 3; id++) {
                boolean expected = set.decide(caller, type + id, operation, defaultAllowed).allowed();
                assertEquals(expected, rows.allows(id), () -> "seed " + SEED + ", run with rules " + rules
                        + ", caller " + caller + ", " + operation + " on " + type + ", default " + defaultAllowed);
                rowsChecked++;
            }
        }
        assertEquals(RUNS * (MAX_ID + 3), rowsChecked);
    }

    @Test
    void generatedRuleSetsCoverEveryDecisionLevel() {
        Random random = new Random(SEED);
        Set<Decision.Level> seen = new HashSet<>();
        for (int run = 0; run < RUNS; run++) {
            RuleSet set = new RuleSet(randomRules(random));
            Set<Long> caller = randomCaller(random);
            for (long id = 1; id <= MAX_ID; id++) {
                seen.add(set.decide(caller, Resources.USER + id, "read", false).level());
            }
        }
        Set<Decision.Level> expected = new HashSet<>(Set.of(Decision.Level.values()));
        expected.remove(Decision.Level.BUILT_IN);
        assertEquals(expected, seen);
    }

    private static List<Rule> randomRules(Random random) {
        List<Rule> rules = new ArrayList<>();
        int count = random.nextInt(14);
        for (int i = 0; i < count; i++) {
            long role = ROLES[random.nextInt(ROLES.length)];
            String type = TYPES[random.nextInt(TYPES.length)];
            long id = 1 + random.nextInt(MAX_ID);
            String resource = switch (random.nextInt(10)) {
                case 0, 1 -> type + "*";
                case 2 -> type + "0" + id;            // not canonical: never matched by decide
                case 3 -> type + id + ":" + id;       // another type: never matched either
                default -> type + id;
            };
            String operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
            Access access = switch (random.nextInt(5)) {
                case 0, 1 -> Access.ALLOW;
                case 2, 3 -> Access.DENY;
                default -> Access.INHERIT;
            };
            rules.add(new Rule(role, resource, operation, access));
        }
        return rules;
    }

    private static Set<Long> randomCaller(Random random) {
        Set<Long> caller = new HashSet<>();
        for (long role : ROLES) {
            if (random.nextInt(3) == 0) {
                caller.add(role);
            }
        }
        return caller;
    }
}
