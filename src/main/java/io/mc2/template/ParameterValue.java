package io.mc2.template;

import io.mc2.library.Parameter;

/**
 * A parameter as templates see it: {@code $window} prints "thirty (30) days",
 * {@code $window.number} "thirty (30)", {@code $window.value} the raw value (for {@code #if}).
 */
public final class ParameterValue {
    private final Parameter parameter;
    private final Object value;

    public ParameterValue(Parameter parameter, Object value) {
        this.parameter = parameter;
        this.value = value;
    }

    public Object getValue() {
        return value;
    }

    public String getNumber() {
        return Markers.value(parameter.name(), ValueText.number(parameter, value));
    }

    @Override
    public String toString() {
        return Markers.value(parameter.name(), ValueText.format(parameter, value));
    }
}
