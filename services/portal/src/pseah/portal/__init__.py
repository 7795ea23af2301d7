"""The PSEAH web portal (server-rendered, works without JavaScript)."""
