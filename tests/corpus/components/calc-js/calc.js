// issue #11's calc in JavaScript (calc-js.wit), made a component by componentize-js (`jco componentize`).
import logging from 'witsharp:calcjs/logging';

export function add(a, b) {
  return (a + b) >>> 0;
}

export function greet(name) {
  const greeting = `Hello, ${name}!`;
  logging.log(greeting);
  return greeting;
}
