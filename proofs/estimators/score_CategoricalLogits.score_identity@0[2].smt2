; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@0[2]', verdict proved
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
(declare-fun |f[0]| () Real)
(declare-fun log!111 () Real)
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
 (let ((?x113 (/ ?x56 ?x57)))
 (let ((?x114 (- ?x113)))
 (let ((?x117 (* 0.0 ?x114)))
 (let ((?x118 (+ ?x114 ?x117)))
 (let ((?x115 (+ 1.0 ?x114)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x111 (/ 1.0 exp!4)))
 (let ((?x120 (* ?x111 ?x119)))
 (let ((?x121 (* |f[0]| ?x120)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x108 (/ ?x107 ?x57)))
 (let ((?x109 (* ?x56 ?x108)))
 (let ((?x110 (+ ?x103 ?x109)))
 (let ((?x112 (* ?x111 ?x110)))
 (or (and (distinct ?x112 ?x121) true)))))))))))))))))))))))))))))
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
 (= (< log!111 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!111) (< exp!1 exp!4)))
(assert
 (= (< log!111 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!111) (< exp!2 exp!4)))
(assert
 (= (< log!111 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!111) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!111 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!111)))
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
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!111 () Real)
(declare-fun log!176 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (< 0.0 ?x370)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (< 0.0 ?x370)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (let ((?x249 (/ 1.0 ?x370)))
 (let ((?x251 (- ?x249)))
 (let ((?x299 (* 0.0 ?x251)))
 (let ((?x152 (+ ?x251 ?x299)))
 (let ((?x301 (+ 1.0 ?x251)))
 (let ((?x298 (* 0.0 ?x301)))
 (let ((?x153 (+ ?x298 ?x152)))
 (let ((?x245 (/ ?x446 exp!5)))
 (let ((?x148 (* ?x245 ?x153)))
 (let ((?x149 (* |f[0]| ?x148)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x150 (/ ?x107 ?x370)))
 (let ((?x151 (+ ?x103 ?x150)))
 (let ((?x239 (* ?x245 ?x151)))
 (or (and (distinct ?x239 ?x149) true)))))))))))))))))))))))))))))
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
 (= (< log!111 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!111) (< exp!1 exp!4)))
(assert
 (= (< log!111 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!111) (< exp!2 exp!4)))
(assert
 (= (< log!111 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!111) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!111 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!111)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!176 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!176) (< exp!1 exp!5)))
(assert
 (= (< log!176 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!176) (< exp!2 exp!5)))
(assert
 (= (< log!176 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!176) (< exp!3 exp!5)))
(assert
 (= (< log!176 log!111) (< exp!5 exp!4)))
(assert
 (= (< log!111 log!176) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!176 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!176)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x126 (/ ?x9 exp!3)))
(let ((?x446 (/ (* 1.0 exp!2) exp!3)))
(let ((?x358 (+ ?x446 ?x126)))
(let ((?x370 (+ 1.0 ?x358)))
(=> (> ?x370 0.0) (= exp!5 ?x370))))))))
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
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!111 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!176 () Real)
(declare-fun log!243 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x424 (/ ?x353 exp!1)))
 (let ((?x287 (+ 1.0 ?x424)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x283 (/ ?x55 exp!1)))
 (let ((?x384 (+ ?x283 ?x287)))
 (< 0.0 ?x384))))))))
(assert
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x424 (/ ?x353 exp!1)))
 (let ((?x287 (+ 1.0 ?x424)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x283 (/ ?x55 exp!1)))
 (let ((?x384 (+ ?x283 ?x287)))
 (let (($x399 (= 0.0 ?x384)))
 (not $x399)))))))))
(assert
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x424 (/ ?x353 exp!1)))
 (let ((?x287 (+ 1.0 ?x424)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x283 (/ ?x55 exp!1)))
 (let ((?x384 (+ ?x283 ?x287)))
 (let (($x399 (= 0.0 ?x384)))
 (not $x399)))))))))
(assert
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x424 (/ ?x353 exp!1)))
 (let ((?x287 (+ 1.0 ?x424)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x283 (/ ?x55 exp!1)))
 (let ((?x384 (+ ?x283 ?x287)))
 (let (($x399 (= 0.0 ?x384)))
 (not $x399)))))))))
(assert
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x424 (/ ?x353 exp!1)))
 (let ((?x287 (+ 1.0 ?x424)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x283 (/ ?x55 exp!1)))
 (let ((?x384 (+ ?x283 ?x287)))
 (< 0.0 ?x384))))))))
(assert
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x424 (/ ?x353 exp!1)))
 (let ((?x287 (+ 1.0 ?x424)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x283 (/ ?x55 exp!1)))
 (let ((?x384 (+ ?x283 ?x287)))
 (let (($x399 (= 0.0 ?x384)))
 (not $x399)))))))))
(assert
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x424 (/ ?x353 exp!1)))
 (let ((?x287 (+ 1.0 ?x424)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x283 (/ ?x55 exp!1)))
 (let ((?x384 (+ ?x283 ?x287)))
 (let (($x399 (= 0.0 ?x384)))
 (not $x399)))))))))
(assert
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x424 (/ ?x353 exp!1)))
 (let ((?x287 (+ 1.0 ?x424)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x283 (/ ?x55 exp!1)))
 (let ((?x384 (+ ?x283 ?x287)))
 (let ((?x476 (/ ?x283 ?x384)))
 (let ((?x695 (- ?x476)))
 (let ((?x312 (* 0.0 ?x695)))
 (let ((?x308 (+ ?x695 ?x312)))
 (let ((?x678 (+ 1.0 ?x695)))
 (let ((?x683 (* 0.0 ?x678)))
 (let ((?x511 (+ ?x683 ?x308)))
 (let ((?x286 (/ ?x424 exp!6)))
 (let ((?x388 (* ?x286 ?x511)))
 (let ((?x400 (* |f[0]| ?x388)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x406 (/ ?x107 ?x384)))
 (let ((?x382 (* ?x283 ?x406)))
 (let ((?x193 (+ ?x103 ?x382)))
 (let ((?x340 (* ?x286 ?x193)))
 (or (and (distinct ?x340 ?x400) true)))))))))))))))))))))))))))))))
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
 (= (< log!111 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!111) (< exp!1 exp!4)))
(assert
 (= (< log!111 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!111) (< exp!2 exp!4)))
(assert
 (= (< log!111 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!111) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!111 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!111)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!176 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!176) (< exp!1 exp!5)))
(assert
 (= (< log!176 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!176) (< exp!2 exp!5)))
(assert
 (= (< log!176 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!176) (< exp!3 exp!5)))
(assert
 (= (< log!176 log!111) (< exp!5 exp!4)))
(assert
 (= (< log!111 log!176) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!176 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!176)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x353 exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (=> (> ?x370 0.0) (= exp!5 ?x370)))))))))
(assert
 (= (< log!243 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!243) (< exp!1 exp!6)))
(assert
 (= (< log!243 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!243) (< exp!2 exp!6)))
(assert
 (= (< log!243 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!243) (< exp!3 exp!6)))
(assert
 (= (< log!243 log!111) (< exp!6 exp!4)))
(assert
 (= (< log!111 log!243) (< exp!4 exp!6)))
(assert
 (= (< log!243 log!176) (< exp!6 exp!5)))
(assert
 (= (< log!176 log!243) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!243 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!243)))
(assert
 (let ((?x353 (* 1.0 exp!2)))
(let ((?x424 (/ ?x353 exp!1)))
(let ((?x287 (+ 1.0 ?x424)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x283 (/ ?x55 exp!1)))
(let ((?x384 (+ ?x283 ?x287)))
(=> (> ?x384 0.0) (= exp!6 ?x384)))))))))
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
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!111 () Real)
(declare-fun log!176 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!243 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x353 exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (< 0.0 ?x370))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x353 exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x353 exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x353 exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x353 exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (< 0.0 ?x370))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x353 exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x353 exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x353 exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (let ((?x249 (/ 1.0 ?x370)))
 (let ((?x251 (- ?x249)))
 (let ((?x299 (* 0.0 ?x251)))
 (let ((?x152 (+ ?x251 ?x299)))
 (let ((?x301 (+ 1.0 ?x251)))
 (let ((?x298 (* 0.0 ?x301)))
 (let ((?x153 (+ ?x298 ?x152)))
 (let ((?x245 (/ ?x446 exp!5)))
 (let ((?x148 (* ?x245 ?x153)))
 (let ((?x149 (* |f[0]| ?x148)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x150 (/ ?x107 ?x370)))
 (let ((?x151 (+ ?x103 ?x150)))
 (let ((?x239 (* ?x245 ?x151)))
 (or (and (distinct ?x239 ?x149) true))))))))))))))))))))))))))))))
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
 (= (< log!111 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!111) (< exp!1 exp!4)))
(assert
 (= (< log!111 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!111) (< exp!2 exp!4)))
(assert
 (= (< log!111 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!111) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!111 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!111)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!176 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!176) (< exp!1 exp!5)))
(assert
 (= (< log!176 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!176) (< exp!2 exp!5)))
(assert
 (= (< log!176 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!176) (< exp!3 exp!5)))
(assert
 (= (< log!176 log!111) (< exp!5 exp!4)))
(assert
 (= (< log!111 log!176) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!176 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!176)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x353 exp!3)))
 (let ((?x358 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x358)))
 (=> (> ?x370 0.0) (= exp!5 ?x370)))))))))
(assert
 (= (< log!243 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!243) (< exp!1 exp!6)))
(assert
 (= (< log!243 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!243) (< exp!2 exp!6)))
(assert
 (= (< log!243 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!243) (< exp!3 exp!6)))
(assert
 (= (< log!243 log!111) (< exp!6 exp!4)))
(assert
 (= (< log!111 log!243) (< exp!4 exp!6)))
(assert
 (= (< log!243 log!176) (< exp!6 exp!5)))
(assert
 (= (< log!176 log!243) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!243 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!243)))
(assert
 (let ((?x353 (* 1.0 exp!2)))
(let ((?x424 (/ ?x353 exp!1)))
(let ((?x287 (+ 1.0 ?x424)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x283 (/ ?x55 exp!1)))
(let ((?x384 (+ ?x283 ?x287)))
(=> (> ?x384 0.0) (= exp!6 ?x384)))))))))
(check-sat)
(pop 1)
