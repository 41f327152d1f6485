package org.haven.console;

import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;

import io.quarkus.qute.i18n.Message;

/** The English bundle without Quarkus, for plain tests: each method answers its {@code @Message} text. */
final class EnglishMessages {

    private EnglishMessages() {
    }

    static ConsoleMessages create() {
        return (ConsoleMessages) Proxy.newProxyInstance(ConsoleMessages.class.getClassLoader(),
                new Class<?>[] { ConsoleMessages.class }, (proxy, method, args) -> {
                    String text = method.getAnnotation(Message.class).value();
                    Parameter[] parameters = method.getParameters();
                    for (int i = 0; i < parameters.length; i++) {
                        text = text.replace("{" + parameters[i].getName() + "}", String.valueOf(args[i]));
                    }
                    return text;
                });
    }
}
