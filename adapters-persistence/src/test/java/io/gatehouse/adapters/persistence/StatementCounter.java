package io.gatehouse.adapters.persistence;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Counts the statements the stores send to the database, per thread: the round-trip budget is a
 * requirement, and this is how the tests observe it. Wraps the datasource in proxies that count
 * every {@code execute*} call; a batch counts once.
 */
@Singleton
@Requires(property = StatementCounter.ENABLED, value = "true")
final class StatementCounter implements BeanCreatedEventListener<DataSource>, Ordered {
    static final String ENABLED = "gatehouse.test.count-statements";
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final ThreadLocal<List<String>> STATEMENTS = ThreadLocal.withInitial(ArrayList::new);

    /** Starts counting afresh on this thread. */
    static void reset() {
        STATEMENTS.get().clear();
    }

    /** The statements sent on this thread since the last reset, in order. */
    static List<String> statements() {
        return List.copyOf(STATEMENTS.get());
    }

    /** First, so that Micronaut's contextual wrapper goes around the counting one, not inside it. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource target = event.getBean();
        return proxy(DataSource.class, target, (method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args) -> {
            Object result = invoke(target, method, args);
            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : "";
            if (result instanceof CallableStatement c) {
                return statement(CallableStatement.class, c, sql);
            }
            if (result instanceof PreparedStatement p) {
                return statement(PreparedStatement.class, p, sql);
            }
            if (result instanceof Statement s) {
                return statement(Statement.class, s, sql);
            }
            return result;
        });
    }

    private static <S extends Statement> S statement(Class<S> type, S target, String preparedSql) {
        return proxy(type, target, (method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                STATEMENTS.get().add(sql);
            }
            return invoke(target, method, args);
        });
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args.length == 1
                    && ((Class<?>) args[0]).isInstance(proxy)) {
                return proxy;
            }
            return handler.handle(method, args);
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
