package org.fazhi.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread prepares or creates: the application's data source is wrapped once, and
 * a test reads the count around one request (MockMvc runs the request on the test's thread).
 */
public class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

	private static final ThreadLocal<java.util.List<String>> SQL = ThreadLocal.withInitial(java.util.ArrayList::new);

	/** Starts counting from zero on this thread. */
	public static void reset() {
		COUNT.get()[0] = 0;
		SQL.get().clear();
	}

	/** The statements counted since the last reset (their SQL, where the call gave it). */
	public static java.util.List<String> statements() {
		return java.util.List.copyOf(SQL.get());
	}

	/** The statements prepared or created on this thread since the last reset. */
	public static int count() {
		return COUNT.get()[0];
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
			return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class, Counting.class },
					delegate(dataSource, true));
		}
		return bean;
	}

	/** Marks a data source already counted. */
	interface Counting {
	}

	private static InvocationHandler delegate(Object target, boolean dataSource) {
		return (proxy, method, args) -> {
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
			if (dataSource && result instanceof Connection connection) {
				return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { Connection.class },
						delegate(connection, false));
			}
			if (!dataSource && (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
					|| method.getName().equals("prepareCall"))) {
				COUNT.get()[0]++;
				SQL.get().add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : method.getName());
			}
			return result;
		};
	}
}
