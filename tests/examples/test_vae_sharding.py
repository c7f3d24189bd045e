# SPDX-License-Identifier: Apache-2.0
"""The training step runs data-parallel on 4 (simulated CPU) devices with the 1-device loss."""

import json
import os
import subprocess
import sys
import textwrap

from conftest import EXAMPLES

SCRIPT = textwrap.dedent("""
    import json
    import jax, jax.numpy as jnp, numpy as np
    import vae_data, vae_lib, vae_train

    assert jax.device_count() == 4, jax.devices()
    cfg = vae_lib.Config(hidden=16, latent=4, batch_size=20)
    images = vae_data.load_mnist().train.images[:20]
    step = vae_lib.make_train_step(cfg)
    params = vae_lib.init_params(jax.random.key(0), cfg)
    opt_state = vae_lib.make_optimizer(cfg).init(params)
    out = {}
    for n in (1, 4):
        mesh = vae_train.data_mesh(cfg.batch_size, jax.devices()[:n])
        batch = vae_train.shard_batch(images, mesh)
        copy = lambda t: jax.tree_util.tree_map(jnp.array, t)  # the step donates its inputs
        p, o = vae_train.replicate(copy(params), mesh), vae_train.replicate(copy(opt_state), mesh)
        losses = []
        for i in range(3):
            p, o, loss = step(p, o, jax.random.key(i), batch)
            losses.append(float(loss))
        out[n] = {"losses": losses,
                  "devices": len(batch.sharding.device_set),
                  "shards": sorted({s.data.shape[0] for s in batch.addressable_shards}),
                  "param_devices": len(jax.tree_util.tree_leaves(p)[0].sharding.device_set),
                  "w": np.asarray(p["enc1"]["w"]).ravel()[:50].tolist()}
    print(json.dumps(out))
""")


def test_data_parallel_loss_equals_single_device_loss():
    env = dict(os.environ, XLA_FLAGS="--xla_force_host_platform_device_count=4",
               JAX_PLATFORMS="cpu")
    env["PYTHONPATH"] = os.pathsep.join(
        [str(EXAMPLES), str(EXAMPLES.parent), env.get("PYTHONPATH", "")])
    run = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    out = json.loads(run.stdout.strip().splitlines()[-1])
    one, four = out["1"], out["4"]
    assert (one["devices"], four["devices"]) == (1, 4)
    assert four["shards"] == [5] and four["param_devices"] == 4  # batch split, params replicated
    # same loss (and same parameters after 3 Adam steps) up to float32 reduction order
    for a, b in zip(one["losses"], four["losses"], strict=True):
        assert abs(a - b) <= 1e-5 * abs(a), (one["losses"], four["losses"])
    assert max(abs(a - b) for a, b in zip(one["w"], four["w"], strict=True)) <= 1e-5
