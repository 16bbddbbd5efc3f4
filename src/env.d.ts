declare module 'virtual:ack-faq/shiki-tokens.css';
