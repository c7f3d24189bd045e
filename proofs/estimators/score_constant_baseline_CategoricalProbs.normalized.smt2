; certjax: rule estimators.score_constant_baseline_CategoricalProbs, obligation 'normalized', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!8 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!13 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!8 () Real)
(declare-fun exp!7 () Real)
(declare-fun log!9 () Real)
(assert
 (let (($x11 (< 0.0 |probs[1]|)))
 (let (($x9 (< 0.0 |probs[0]|)))
 (let (($x12 (and $x9 $x11)))
 (let (($x7 (< 0.0 |probs[2]|)))
 (and $x7 $x12))))))
(assert
 (< 0.0 |probs[2]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (< 0.0 ?x15))))
(assert
 (< 0.0 |probs[1]|))
(assert
 (< 0.0 |probs[0]|))
(assert
 (let ((?x175 (/ (* 1.0 exp!8) exp!4)))
 (let ((?x120 (/ (* 1.0 exp!6) exp!4)))
 (let ((?x176 (+ ?x120 ?x175)))
 (let ((?x75 (/ (* 1.0 exp!2) exp!4)))
 (let ((?x177 (+ ?x75 ?x176)))
 (or (and (distinct 1.0 ?x177) true))))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x21 (> log!10 0.0)))
 (= $x21 (> exp!1 1.0))))
(assert
 (let ((?x24 (+ 1.0 log!10)))
 (>= exp!1 ?x24)))
(assert
 (let (($x27 (= exp!1 |probs[2]|)))
 (let (($x26 (> |probs[2]| 0.0)))
 (=> $x26 $x27))))
(assert
 (let (($x30 (< log!10 log!10)))
 (= $x30 (< exp!2 exp!1))))
(assert
 (let (($x30 (< log!10 log!10)))
 (= $x30 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x21 (> log!10 0.0)))
 (= $x21 (> exp!2 1.0))))
(assert
 (let ((?x24 (+ 1.0 log!10)))
 (>= exp!2 ?x24)))
(assert
 (let (($x39 (= exp!2 |probs[2]|)))
 (let (($x26 (> |probs[2]| 0.0)))
 (=> $x26 $x39))))
(assert
 (let (($x44 (< log!13 log!10)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x47 (< log!10 log!13)))
 (= $x47 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x51 (> log!13 0.0)))
 (= $x51 (> exp!3 1.0))))
(assert
 (let ((?x54 (+ 1.0 log!13)))
 (>= exp!3 ?x54)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x56 (> ?x15 0.0)))
 (=> $x56 (= exp!3 ?x15))))))
(assert
 (let (($x44 (< log!13 log!10)))
 (= $x44 (< exp!4 exp!2))))
(assert
 (let (($x47 (< log!10 log!13)))
 (= $x47 (< exp!2 exp!4))))
(assert
 (let (($x64 (< log!13 log!13)))
 (= $x64 (< exp!4 exp!3))))
(assert
 (let (($x64 (< log!13 log!13)))
 (= $x64 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x51 (> log!13 0.0)))
 (= $x51 (> exp!4 1.0))))
(assert
 (let ((?x54 (+ 1.0 log!13)))
 (>= exp!4 ?x54)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x56 (> ?x15 0.0)))
 (=> $x56 (= exp!4 ?x15))))))
(assert
 (let (($x78 (< log!8 log!10)))
 (= $x78 (< exp!5 exp!2))))
(assert
 (let (($x81 (< log!10 log!8)))
 (= $x81 (< exp!2 exp!5))))
(assert
 (let (($x84 (< log!8 log!13)))
 (= $x84 (< exp!5 exp!4))))
(assert
 (let (($x87 (< log!13 log!8)))
 (= $x87 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x91 (> log!8 0.0)))
 (= $x91 (> exp!5 1.0))))
(assert
 (let ((?x94 (+ 1.0 log!8)))
 (>= exp!5 ?x94)))
(assert
 (let (($x97 (= exp!5 |probs[0]|)))
 (let (($x96 (> |probs[0]| 0.0)))
 (=> $x96 $x97))))
(assert
 (let (($x78 (< log!8 log!10)))
 (= $x78 (< exp!6 exp!2))))
(assert
 (let (($x81 (< log!10 log!8)))
 (= $x81 (< exp!2 exp!6))))
(assert
 (let (($x84 (< log!8 log!13)))
 (= $x84 (< exp!6 exp!4))))
(assert
 (let (($x87 (< log!13 log!8)))
 (= $x87 (< exp!4 exp!6))))
(assert
 (let (($x108 (< log!8 log!8)))
 (= $x108 (< exp!6 exp!5))))
(assert
 (let (($x108 (< log!8 log!8)))
 (= $x108 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x91 (> log!8 0.0)))
 (= $x91 (> exp!6 1.0))))
(assert
 (let ((?x94 (+ 1.0 log!8)))
 (>= exp!6 ?x94)))
(assert
 (let (($x117 (= exp!6 |probs[0]|)))
 (let (($x96 (> |probs[0]| 0.0)))
 (=> $x96 $x117))))
(assert
 (let (($x123 (< log!9 log!10)))
 (= $x123 (< exp!7 exp!2))))
(assert
 (let (($x126 (< log!10 log!9)))
 (= $x126 (< exp!2 exp!7))))
(assert
 (let (($x129 (< log!9 log!13)))
 (= $x129 (< exp!7 exp!4))))
(assert
 (let (($x132 (< log!13 log!9)))
 (= $x132 (< exp!4 exp!7))))
(assert
 (let (($x135 (< log!9 log!8)))
 (= $x135 (< exp!7 exp!6))))
(assert
 (let (($x138 (< log!8 log!9)))
 (= $x138 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x142 (> log!9 0.0)))
 (= $x142 (> exp!7 1.0))))
(assert
 (let ((?x145 (+ 1.0 log!9)))
 (>= exp!7 ?x145)))
(assert
 (let (($x148 (= exp!7 |probs[1]|)))
 (let (($x147 (> |probs[1]| 0.0)))
 (=> $x147 $x148))))
(assert
 (let (($x123 (< log!9 log!10)))
 (= $x123 (< exp!8 exp!2))))
(assert
 (let (($x126 (< log!10 log!9)))
 (= $x126 (< exp!2 exp!8))))
(assert
 (let (($x129 (< log!9 log!13)))
 (= $x129 (< exp!8 exp!4))))
(assert
 (let (($x132 (< log!13 log!9)))
 (= $x132 (< exp!4 exp!8))))
(assert
 (let (($x135 (< log!9 log!8)))
 (= $x135 (< exp!8 exp!6))))
(assert
 (let (($x138 (< log!8 log!9)))
 (= $x138 (< exp!6 exp!8))))
(assert
 (let (($x163 (< log!9 log!9)))
 (= $x163 (< exp!8 exp!7))))
(assert
 (let (($x163 (< log!9 log!9)))
 (= $x163 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x142 (> log!9 0.0)))
 (= $x142 (> exp!8 1.0))))
(assert
 (let ((?x145 (+ 1.0 log!9)))
 (>= exp!8 ?x145)))
(assert
 (let (($x172 (= exp!8 |probs[1]|)))
(let (($x147 (> |probs[1]| 0.0)))
(=> $x147 $x172))))
(check-sat)
(pop 1)
