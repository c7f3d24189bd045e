; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'score_identity@0[1]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!127 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x116 (/ ?x36 ?x57)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ 1.0 ?x117)))
 (let ((?x120 (* 0.0 ?x119)))
 (let ((?x121 (+ ?x117 ?x120)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x122 (+ ?x118 ?x121)))
 (let ((?x113 (/ 1.0 exp!4)))
 (let ((?x123 (* ?x113 ?x122)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[0]| ?x98)))
 (let ((?x124 (* ?x115 ?x123)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x110 (/ ?x109 ?x57)))
 (let ((?x111 (* ?x36 ?x110)))
 (let ((?x112 (+ ?x105 ?x111)))
 (let ((?x114 (* ?x113 ?x112)))
 (or (and (distinct ?x114 ?x124) true)))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!127 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!127) (< exp!1 exp!4)))
(assert
 (= (< log!127 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!127) (< exp!2 exp!4)))
(assert
 (= (< log!127 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!127) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!127 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!127)))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x37 (+ 1.0 ?x36)))
(let ((?x56 (/ (* 1.0 exp!3) exp!2)))
(let ((?x57 (+ ?x56 ?x37)))
(=> (> ?x57 0.0) (= exp!4 ?x57)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!127 () Real)
(declare-fun log!192 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (< 0.0 ?x394)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (< 0.0 ?x394)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let ((?x189 (/ ?x129 ?x394)))
 (let ((?x190 (- ?x189)))
 (let ((?x185 (+ 1.0 ?x190)))
 (let ((?x187 (* 0.0 ?x185)))
 (let ((?x181 (+ ?x190 ?x187)))
 (let ((?x168 (* 0.0 ?x190)))
 (let ((?x182 (+ ?x168 ?x181)))
 (let ((?x268 (/ ?x466 exp!5)))
 (let ((?x177 (* ?x268 ?x182)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[0]| ?x98)))
 (let ((?x288 (* ?x115 ?x177)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x154 (/ ?x109 ?x394)))
 (let ((?x264 (* ?x129 ?x154)))
 (let ((?x258 (+ ?x105 ?x264)))
 (let ((?x270 (* ?x268 ?x258)))
 (or (and (distinct ?x270 ?x288) true))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!127 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!127) (< exp!1 exp!4)))
(assert
 (= (< log!127 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!127) (< exp!2 exp!4)))
(assert
 (= (< log!127 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!127) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!127 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!127)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!192 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!192) (< exp!1 exp!5)))
(assert
 (= (< log!192 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!192) (< exp!2 exp!5)))
(assert
 (= (< log!192 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!192) (< exp!3 exp!5)))
(assert
 (= (< log!192 log!127) (< exp!5 exp!4)))
(assert
 (= (< log!127 log!192) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!192 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!192)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x129 (/ ?x9 exp!3)))
(let ((?x466 (/ (* 1.0 exp!2) exp!3)))
(let ((?x359 (+ ?x466 ?x129)))
(let ((?x394 (+ 1.0 ?x359)))
(=> (> ?x394 0.0) (= exp!5 ?x394))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!6 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!127 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!192 () Real)
(declare-fun log!259 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x419 (/ ?x382 exp!1)))
 (let ((?x510 (+ 1.0 ?x419)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x206 (/ ?x55 exp!1)))
 (let ((?x367 (+ ?x206 ?x510)))
 (< 0.0 ?x367))))))))
(assert
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x419 (/ ?x382 exp!1)))
 (let ((?x510 (+ 1.0 ?x419)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x206 (/ ?x55 exp!1)))
 (let ((?x367 (+ ?x206 ?x510)))
 (let (($x226 (= 0.0 ?x367)))
 (not $x226)))))))))
(assert
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x419 (/ ?x382 exp!1)))
 (let ((?x510 (+ 1.0 ?x419)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x206 (/ ?x55 exp!1)))
 (let ((?x367 (+ ?x206 ?x510)))
 (let (($x226 (= 0.0 ?x367)))
 (not $x226)))))))))
(assert
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x419 (/ ?x382 exp!1)))
 (let ((?x510 (+ 1.0 ?x419)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x206 (/ ?x55 exp!1)))
 (let ((?x367 (+ ?x206 ?x510)))
 (let (($x226 (= 0.0 ?x367)))
 (not $x226)))))))))
(assert
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x419 (/ ?x382 exp!1)))
 (let ((?x510 (+ 1.0 ?x419)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x206 (/ ?x55 exp!1)))
 (let ((?x367 (+ ?x206 ?x510)))
 (< 0.0 ?x367))))))))
(assert
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x419 (/ ?x382 exp!1)))
 (let ((?x510 (+ 1.0 ?x419)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x206 (/ ?x55 exp!1)))
 (let ((?x367 (+ ?x206 ?x510)))
 (let (($x226 (= 0.0 ?x367)))
 (not $x226)))))))))
(assert
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x419 (/ ?x382 exp!1)))
 (let ((?x510 (+ 1.0 ?x419)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x206 (/ ?x55 exp!1)))
 (let ((?x367 (+ ?x206 ?x510)))
 (let (($x226 (= 0.0 ?x367)))
 (not $x226)))))))))
(assert
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x419 (/ ?x382 exp!1)))
 (let ((?x510 (+ 1.0 ?x419)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x206 (/ ?x55 exp!1)))
 (let ((?x367 (+ ?x206 ?x510)))
 (let ((?x347 (/ 1.0 ?x367)))
 (let ((?x357 (- ?x347)))
 (let ((?x203 (+ 1.0 ?x357)))
 (let ((?x343 (* 0.0 ?x203)))
 (let ((?x345 (+ ?x357 ?x343)))
 (let ((?x713 (* 0.0 ?x357)))
 (let ((?x272 (+ ?x713 ?x345)))
 (let ((?x420 (/ ?x419 exp!6)))
 (let ((?x491 (* ?x420 ?x272)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[0]| ?x98)))
 (let ((?x523 (* ?x115 ?x491)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x161 (/ ?x109 ?x367)))
 (let ((?x710 (+ ?x105 ?x161)))
 (let ((?x284 (* ?x420 ?x710)))
 (or (and (distinct ?x284 ?x523) true))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!127 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!127) (< exp!1 exp!4)))
(assert
 (= (< log!127 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!127) (< exp!2 exp!4)))
(assert
 (= (< log!127 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!127) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!127 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!127)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!192 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!192) (< exp!1 exp!5)))
(assert
 (= (< log!192 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!192) (< exp!2 exp!5)))
(assert
 (= (< log!192 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!192) (< exp!3 exp!5)))
(assert
 (= (< log!192 log!127) (< exp!5 exp!4)))
(assert
 (= (< log!127 log!192) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!192 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!192)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (=> (> ?x394 0.0) (= exp!5 ?x394)))))))))
(assert
 (= (< log!259 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!259) (< exp!1 exp!6)))
(assert
 (= (< log!259 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!259) (< exp!2 exp!6)))
(assert
 (= (< log!259 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!259) (< exp!3 exp!6)))
(assert
 (= (< log!259 log!127) (< exp!6 exp!4)))
(assert
 (= (< log!127 log!259) (< exp!4 exp!6)))
(assert
 (= (< log!259 log!192) (< exp!6 exp!5)))
(assert
 (= (< log!192 log!259) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!259 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!259)))
(assert
 (let ((?x382 (* 1.0 exp!2)))
(let ((?x419 (/ ?x382 exp!1)))
(let ((?x510 (+ 1.0 ?x419)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x206 (/ ?x55 exp!1)))
(let ((?x367 (+ ?x206 ?x510)))
(=> (> ?x367 0.0) (= exp!6 ?x367)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!127 () Real)
(declare-fun log!192 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!259 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (< 0.0 ?x394))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (< 0.0 ?x394))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let ((?x189 (/ ?x129 ?x394)))
 (let ((?x190 (- ?x189)))
 (let ((?x185 (+ 1.0 ?x190)))
 (let ((?x187 (* 0.0 ?x185)))
 (let ((?x181 (+ ?x190 ?x187)))
 (let ((?x168 (* 0.0 ?x190)))
 (let ((?x182 (+ ?x168 ?x181)))
 (let ((?x268 (/ ?x466 exp!5)))
 (let ((?x177 (* ?x268 ?x182)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[0]| ?x98)))
 (let ((?x288 (* ?x115 ?x177)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x154 (/ ?x109 ?x394)))
 (let ((?x264 (* ?x129 ?x154)))
 (let ((?x258 (+ ?x105 ?x264)))
 (let ((?x270 (* ?x268 ?x258)))
 (or (and (distinct ?x270 ?x288) true)))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!127 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!127) (< exp!1 exp!4)))
(assert
 (= (< log!127 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!127) (< exp!2 exp!4)))
(assert
 (= (< log!127 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!127) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!127 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!127)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!192 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!192) (< exp!1 exp!5)))
(assert
 (= (< log!192 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!192) (< exp!2 exp!5)))
(assert
 (= (< log!192 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!192) (< exp!3 exp!5)))
(assert
 (= (< log!192 log!127) (< exp!5 exp!4)))
(assert
 (= (< log!127 log!192) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!192 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!192)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (=> (> ?x394 0.0) (= exp!5 ?x394)))))))))
(assert
 (= (< log!259 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!259) (< exp!1 exp!6)))
(assert
 (= (< log!259 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!259) (< exp!2 exp!6)))
(assert
 (= (< log!259 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!259) (< exp!3 exp!6)))
(assert
 (= (< log!259 log!127) (< exp!6 exp!4)))
(assert
 (= (< log!127 log!259) (< exp!4 exp!6)))
(assert
 (= (< log!259 log!192) (< exp!6 exp!5)))
(assert
 (= (< log!192 log!259) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!259 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!259)))
(assert
 (let ((?x382 (* 1.0 exp!2)))
(let ((?x419 (/ ?x382 exp!1)))
(let ((?x510 (+ 1.0 ?x419)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x206 (/ ?x55 exp!1)))
(let ((?x367 (+ ?x206 ?x510)))
(=> (> ?x367 0.0) (= exp!6 ?x367)))))))))
(check-sat)
(pop 1)
