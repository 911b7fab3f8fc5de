package org.fazhi.platform.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

/**
 * A form refused for a value of the wrong type still comes back with what was typed. Spring builds a record form
 * through its constructor; a value that does not convert (a date like 2026-02-30, {@code kind=1}) leaves the form
 * without its object, and the page could not show the form again. Here the form is rebuilt from the request: each
 * field that converts keeps its value, the field that did not is empty, and the binding errors — the message at the
 * field — are kept.
 */
@Component
class FormRecovery implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
			List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
			for (HandlerMethodArgumentResolver r : adapter.getArgumentResolvers()) {
				resolvers.add(r instanceof ServletModelAttributeMethodProcessor p ? new Recovering(p) : r);
			}
			adapter.setArgumentResolvers(resolvers);
		}
		return bean;
	}

	private record Recovering(ServletModelAttributeMethodProcessor delegate) implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return delegate.supportsParameter(parameter);
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
			Object form = delegate.resolveArgument(parameter, container, request, binders);
			if (container == null || !parameter.getParameterType().isRecord()) {
				return form;
			}
			String name = lastModelAttribute(container);
			BindingResult refused = name == null ? null
					: (BindingResult) container.getModel().get(BindingResult.MODEL_KEY_PREFIX + name);
			if (refused == null || refused.getTarget() != null) {
				return form;
			}
			// the binding failed on a value of the wrong type: the page gets a form to show, with the errors
			Object rebuilt = form != null ? form
					: rebuild(parameter.getParameterType(), request,
							binders.createBinder(request, null, name).getConversionService());
			BindingResult result = new BeanPropertyBindingResult(rebuilt, name);
			result.addAllErrors(refused);
			container.getModel().remove(name);
			container.getModel().remove(BindingResult.MODEL_KEY_PREFIX + name);
			container.getModel().put(name, rebuilt);
			container.getModel().put(BindingResult.MODEL_KEY_PREFIX + name, result);
			return rebuilt;
		}

		private static String lastModelAttribute(ModelAndViewContainer container) {
			String last = null;
			for (String key : container.getModel().keySet()) {
				last = key;
			}
			return last != null && last.startsWith(BindingResult.MODEL_KEY_PREFIX)
					? last.substring(BindingResult.MODEL_KEY_PREFIX.length()) : null;
		}

		private static Object rebuild(Class<?> type, NativeWebRequest request, ConversionService conversion)
				throws Exception {
			RecordComponent[] components = type.getRecordComponents();
			Class<?>[] types = new Class<?>[components.length];
			Object[] values = new Object[components.length];
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
				values[i] = value(components[i], request, conversion);
			}
			Constructor<?> constructor = type.getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return constructor.newInstance(values);
		}

		private static Object value(RecordComponent c, NativeWebRequest request, ConversionService conversion) {
			String[] raw = request.getParameterValues(c.getName());
			Object value = null;
			if (raw != null && conversion != null) {
				try {
					Object source = raw.length == 1 ? raw[0] : raw;
					value = conversion.convert(source, TypeDescriptor.forObject(source),
							new TypeDescriptor(c.getDeclaringRecord().getDeclaredField(c.getName())));
				}
				catch (RuntimeException | NoSuchFieldException notConvertible) {
					value = null;
				}
			}
			if (value == null && c.getType().isPrimitive()) {
				value = c.getType() == boolean.class ? Boolean.FALSE : c.getType() == long.class ? 0L
						: c.getType() == double.class ? 0d : 0;
			}
			return value;
		}
	}
}
