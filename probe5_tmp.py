import jax, jax.numpy as jnp, numpy as np, certjax
def v(c): return c.verdict, {o.name: (o.verdict, o.reason[:80]) for o in c.obligations}
I = jax.ShapeDtypeStruct((), jnp.int32)
def f(x, k): return x * k
def fwd(x, k): return f(x,k), (x, k)
for name, bwd in [("None", lambda res, g: (g * res[1], None)),
                  ("float0", lambda res, g: (g * res[1], np.zeros((), jax.dtypes.float0))),
                  ("float for int", lambda res, g: (g * res[1], g)),
                  ("wrong", lambda res, g: (g * res[1] + 1, None))]:
    try: print(name, v(certjax.certify_vjp(f, fwd, bwd, signature=[1.0, I])))
    except Exception as e: print(name, "EXC", type(e).__name__, str(e)[:300])
# at use
F = certjax.custom_vjp(f); F.defvjp(fwd, lambda res, g: (g * res[1], None), signature=[1.0, I])
print(F.certificate.verdict, jax.grad(F)(2.0, 3), jax.jit(jax.grad(lambda x, k: jnp.sum(F(x, k))))(jnp.ones(3), jnp.arange(3)))
# None optional argument
def h(x, m): return x * 2 if m is None else x * m
H = certjax.custom_vjp(h)
H.defvjp(lambda x, m: (h(x, m), None), lambda res, g: (2 * g, None), signature=[1.0, None])
print("None arg", H.certificate.verdict, jax.grad(H)(1.0, None))
H2 = certjax.custom_vjp(h)
try: H2.defvjp(lambda x, m: (h(x, m), None), lambda res, g: (3 * g, None), signature=[1.0, None])
except certjax.RuleRejected as e: print("None arg wrong: rejected", e.counterexample)
# bool arg in a pytree with floats
def p(d): return jnp.where(d["mask"], d["x"] * 2, d["x"])
P = certjax.custom_vjp(p)
P.defvjp(lambda d: (p(d), d["mask"]), lambda m, g: ({"x": jnp.where(m, 2*g, g), "mask": None},),
         signature=[{"x": jax.ShapeDtypeStruct((2,), jnp.float32), "mask": jax.ShapeDtypeStruct((2,), jnp.bool_)}])
print("pytree bool", P.certificate.verdict, jax.grad(lambda x: jnp.sum(P({"x": x, "mask": jnp.array([True, False])})))(jnp.ones(2)))
