; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'score_identity@1[0]', verdict proved
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
(declare-fun |f[1]| () Real)
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
 (let ((?x115 (/ 1.0 ?x57)))
 (let ((?x116 (- ?x115)))
 (let ((?x118 (+ 1.0 ?x116)))
 (let ((?x119 (* 0.0 ?x118)))
 (let ((?x120 (+ ?x116 ?x119)))
 (let ((?x117 (* 0.0 ?x116)))
 (let ((?x121 (+ ?x117 ?x120)))
 (let ((?x112 (/ ?x36 exp!4)))
 (let ((?x122 (* ?x112 ?x121)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[1]| ?x98)))
 (let ((?x123 (* ?x114 ?x122)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x110 (/ ?x109 ?x57)))
 (let ((?x111 (+ ?x105 ?x110)))
 (let ((?x113 (* ?x112 ?x111)))
 (or (and (distinct ?x113 ?x123) true))))))))))))))))))))))))))))))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x128 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (< 0.0 ?x394)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x128 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x128 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x128 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x128 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (< 0.0 ?x394)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x128 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x128 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x128 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let ((?x316 (/ ?x128 ?x394)))
 (let ((?x317 (- ?x316)))
 (let ((?x155 (+ 1.0 ?x317)))
 (let ((?x150 (* 0.0 ?x155)))
 (let ((?x151 (+ ?x317 ?x150)))
 (let ((?x154 (* 0.0 ?x317)))
 (let ((?x281 (+ ?x154 ?x151)))
 (let ((?x318 (/ ?x376 exp!5)))
 (let ((?x323 (* ?x318 ?x281)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[1]| ?x98)))
 (let ((?x334 (* ?x114 ?x323)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x269 (/ ?x109 ?x394)))
 (let ((?x287 (* ?x128 ?x269)))
 (let ((?x308 (+ ?x105 ?x287)))
 (let ((?x319 (* ?x318 ?x308)))
 (or (and (distinct ?x319 ?x334) true))))))))))))))))))))))))))))))))
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
(let ((?x376 (/ ?x9 exp!3)))
(let ((?x128 (/ (* 1.0 exp!2) exp!3)))
(let ((?x381 (+ ?x128 ?x376)))
(let ((?x394 (+ 1.0 ?x381)))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x466 exp!1)))
 (let ((?x301 (+ 1.0 ?x163)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x148 (/ ?x55 exp!1)))
 (let ((?x383 (+ ?x148 ?x301)))
 (< 0.0 ?x383))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x466 exp!1)))
 (let ((?x301 (+ 1.0 ?x163)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x148 (/ ?x55 exp!1)))
 (let ((?x383 (+ ?x148 ?x301)))
 (let (($x407 (= 0.0 ?x383)))
 (not $x407)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x466 exp!1)))
 (let ((?x301 (+ 1.0 ?x163)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x148 (/ ?x55 exp!1)))
 (let ((?x383 (+ ?x148 ?x301)))
 (let (($x407 (= 0.0 ?x383)))
 (not $x407)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x466 exp!1)))
 (let ((?x301 (+ 1.0 ?x163)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x148 (/ ?x55 exp!1)))
 (let ((?x383 (+ ?x148 ?x301)))
 (let (($x407 (= 0.0 ?x383)))
 (not $x407)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x466 exp!1)))
 (let ((?x301 (+ 1.0 ?x163)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x148 (/ ?x55 exp!1)))
 (let ((?x383 (+ ?x148 ?x301)))
 (< 0.0 ?x383))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x466 exp!1)))
 (let ((?x301 (+ 1.0 ?x163)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x148 (/ ?x55 exp!1)))
 (let ((?x383 (+ ?x148 ?x301)))
 (let (($x407 (= 0.0 ?x383)))
 (not $x407)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x466 exp!1)))
 (let ((?x301 (+ 1.0 ?x163)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x148 (/ ?x55 exp!1)))
 (let ((?x383 (+ ?x148 ?x301)))
 (let (($x407 (= 0.0 ?x383)))
 (not $x407)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x163 (/ ?x466 exp!1)))
 (let ((?x301 (+ 1.0 ?x163)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x148 (/ ?x55 exp!1)))
 (let ((?x383 (+ ?x148 ?x301)))
 (let ((?x393 (/ ?x163 ?x383)))
 (let ((?x715 (- ?x393)))
 (let ((?x344 (+ 1.0 ?x715)))
 (let ((?x277 (* 0.0 ?x344)))
 (let ((?x353 (+ ?x715 ?x277)))
 (let ((?x262 (* 0.0 ?x715)))
 (let ((?x521 (+ ?x262 ?x353)))
 (let ((?x400 (/ 1.0 exp!6)))
 (let ((?x423 (* ?x400 ?x521)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[1]| ?x98)))
 (let ((?x399 (* ?x114 ?x423)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x509 (/ ?x109 ?x383)))
 (let ((?x712 (* ?x163 ?x509)))
 (let ((?x390 (+ ?x105 ?x712)))
 (let ((?x354 (* ?x400 ?x390)))
 (or (and (distinct ?x354 ?x399) true)))))))))))))))))))))))))))))))))
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
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
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
 (let ((?x466 (* 1.0 exp!2)))
(let ((?x163 (/ ?x466 exp!1)))
(let ((?x301 (+ 1.0 ?x163)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x148 (/ ?x55 exp!1)))
(let ((?x383 (+ ?x148 ?x301)))
(=> (> ?x383 0.0) (= exp!6 ?x383)))))))))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (< 0.0 ?x394))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (< 0.0 ?x394))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let ((?x316 (/ ?x128 ?x394)))
 (let ((?x317 (- ?x316)))
 (let ((?x155 (+ 1.0 ?x317)))
 (let ((?x150 (* 0.0 ?x155)))
 (let ((?x151 (+ ?x317 ?x150)))
 (let ((?x154 (* 0.0 ?x317)))
 (let ((?x281 (+ ?x154 ?x151)))
 (let ((?x318 (/ ?x376 exp!5)))
 (let ((?x323 (* ?x318 ?x281)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[1]| ?x98)))
 (let ((?x334 (* ?x114 ?x323)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x269 (/ ?x109 ?x394)))
 (let ((?x287 (* ?x128 ?x269)))
 (let ((?x308 (+ ?x105 ?x287)))
 (let ((?x319 (* ?x318 ?x308)))
 (or (and (distinct ?x319 ?x334) true)))))))))))))))))))))))))))))))))
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
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
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
 (let ((?x466 (* 1.0 exp!2)))
(let ((?x163 (/ ?x466 exp!1)))
(let ((?x301 (+ 1.0 ?x163)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x148 (/ ?x55 exp!1)))
(let ((?x383 (+ ?x148 ?x301)))
(=> (> ?x383 0.0) (= exp!6 ?x383)))))))))
(check-sat)
(pop 1)
