; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'score_identity@1[1]', verdict proved
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
(declare-fun log!128 () Real)
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
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (+ ?x118 ?x119)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x113 (/ ?x36 exp!4)))
 (let ((?x122 (* ?x113 ?x121)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[1]| ?x98)))
 (let ((?x123 (* ?x115 ?x122)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x110 (/ ?x109 ?x57)))
 (let ((?x111 (* ?x36 ?x110)))
 (let ((?x112 (+ ?x104 ?x111)))
 (let ((?x114 (* ?x113 ?x112)))
 (or (and (distinct ?x114 ?x123) true))))))))))))))))))))))))))))))
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
 (= (< log!128 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!128) (< exp!1 exp!4)))
(assert
 (= (< log!128 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!128) (< exp!2 exp!4)))
(assert
 (= (< log!128 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!128) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!128 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!128)))
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
(declare-fun log!128 () Real)
(declare-fun log!193 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (< 0.0 ?x407)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (< 0.0 ?x407)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let ((?x330 (/ ?x128 ?x407)))
 (let ((?x154 (- ?x330)))
 (let ((?x150 (+ 1.0 ?x154)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x151 (+ ?x155 ?x150)))
 (let ((?x167 (+ ?x155 ?x151)))
 (let ((?x332 (/ ?x128 exp!5)))
 (let ((?x175 (* ?x332 ?x167)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[1]| ?x98)))
 (let ((?x187 (* ?x115 ?x175)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x300 (/ ?x109 ?x407)))
 (let ((?x321 (* ?x128 ?x300)))
 (let ((?x331 (+ ?x104 ?x321)))
 (let ((?x329 (* ?x332 ?x331)))
 (or (and (distinct ?x329 ?x187) true)))))))))))))))))))))))))))))))
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
 (= (< log!128 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!128) (< exp!1 exp!4)))
(assert
 (= (< log!128 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!128) (< exp!2 exp!4)))
(assert
 (= (< log!128 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!128) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!128 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!128)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!193 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!193) (< exp!1 exp!5)))
(assert
 (= (< log!193 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!193) (< exp!2 exp!5)))
(assert
 (= (< log!193 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!193) (< exp!3 exp!5)))
(assert
 (= (< log!193 log!128) (< exp!5 exp!4)))
(assert
 (= (< log!128 log!193) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!193 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!193)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x128 (/ ?x9 exp!3)))
(let ((?x472 (/ (* 1.0 exp!2) exp!3)))
(let ((?x372 (+ ?x472 ?x128)))
(let ((?x407 (+ 1.0 ?x372)))
(=> (> ?x407 0.0) (= exp!5 ?x407))))))))
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
(declare-fun log!128 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!193 () Real)
(declare-fun log!260 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x297 (/ ?x394 exp!1)))
 (let ((?x192 (+ 1.0 ?x297)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x509 (/ ?x55 exp!1)))
 (let ((?x441 (+ ?x509 ?x192)))
 (< 0.0 ?x441))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x297 (/ ?x394 exp!1)))
 (let ((?x192 (+ 1.0 ?x297)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x509 (/ ?x55 exp!1)))
 (let ((?x441 (+ ?x509 ?x192)))
 (let (($x399 (= 0.0 ?x441)))
 (not $x399)))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x297 (/ ?x394 exp!1)))
 (let ((?x192 (+ 1.0 ?x297)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x509 (/ ?x55 exp!1)))
 (let ((?x441 (+ ?x509 ?x192)))
 (let (($x399 (= 0.0 ?x441)))
 (not $x399)))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x297 (/ ?x394 exp!1)))
 (let ((?x192 (+ 1.0 ?x297)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x509 (/ ?x55 exp!1)))
 (let ((?x441 (+ ?x509 ?x192)))
 (let (($x399 (= 0.0 ?x441)))
 (not $x399)))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x297 (/ ?x394 exp!1)))
 (let ((?x192 (+ 1.0 ?x297)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x509 (/ ?x55 exp!1)))
 (let ((?x441 (+ ?x509 ?x192)))
 (< 0.0 ?x441))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x297 (/ ?x394 exp!1)))
 (let ((?x192 (+ 1.0 ?x297)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x509 (/ ?x55 exp!1)))
 (let ((?x441 (+ ?x509 ?x192)))
 (let (($x399 (= 0.0 ?x441)))
 (not $x399)))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x297 (/ ?x394 exp!1)))
 (let ((?x192 (+ 1.0 ?x297)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x509 (/ ?x55 exp!1)))
 (let ((?x441 (+ ?x509 ?x192)))
 (let (($x399 (= 0.0 ?x441)))
 (not $x399)))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x297 (/ ?x394 exp!1)))
 (let ((?x192 (+ 1.0 ?x297)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x509 (/ ?x55 exp!1)))
 (let ((?x441 (+ ?x509 ?x192)))
 (let ((?x461 (/ 1.0 ?x441)))
 (let ((?x149 (- ?x461)))
 (let ((?x299 (+ 1.0 ?x149)))
 (let ((?x723 (* 0.0 ?x149)))
 (let ((?x463 (+ ?x723 ?x299)))
 (let ((?x490 (+ ?x723 ?x463)))
 (let ((?x339 (/ 1.0 exp!6)))
 (let ((?x485 (* ?x339 ?x490)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[1]| ?x98)))
 (let ((?x534 (* ?x115 ?x485)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x138 (/ ?x109 ?x441)))
 (let ((?x287 (+ ?x104 ?x138)))
 (let ((?x426 (* ?x339 ?x287)))
 (or (and (distinct ?x426 ?x534) true)))))))))))))))))))))))))))))))
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
 (= (< log!128 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!128) (< exp!1 exp!4)))
(assert
 (= (< log!128 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!128) (< exp!2 exp!4)))
(assert
 (= (< log!128 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!128) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!128 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!128)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!193 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!193) (< exp!1 exp!5)))
(assert
 (= (< log!193 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!193) (< exp!2 exp!5)))
(assert
 (= (< log!193 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!193) (< exp!3 exp!5)))
(assert
 (= (< log!193 log!128) (< exp!5 exp!4)))
(assert
 (= (< log!128 log!193) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!193 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!193)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (=> (> ?x407 0.0) (= exp!5 ?x407)))))))))
(assert
 (= (< log!260 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!260) (< exp!1 exp!6)))
(assert
 (= (< log!260 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!260) (< exp!2 exp!6)))
(assert
 (= (< log!260 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!260) (< exp!3 exp!6)))
(assert
 (= (< log!260 log!128) (< exp!6 exp!4)))
(assert
 (= (< log!128 log!260) (< exp!4 exp!6)))
(assert
 (= (< log!260 log!193) (< exp!6 exp!5)))
(assert
 (= (< log!193 log!260) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!260 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!260)))
(assert
 (let ((?x394 (* 1.0 exp!2)))
(let ((?x297 (/ ?x394 exp!1)))
(let ((?x192 (+ 1.0 ?x297)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x509 (/ ?x55 exp!1)))
(let ((?x441 (+ ?x509 ?x192)))
(=> (> ?x441 0.0) (= exp!6 ?x441)))))))))
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
(declare-fun log!128 () Real)
(declare-fun log!193 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!260 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (< 0.0 ?x407))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (< 0.0 ?x407))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let ((?x330 (/ ?x128 ?x407)))
 (let ((?x154 (- ?x330)))
 (let ((?x150 (+ 1.0 ?x154)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x151 (+ ?x155 ?x150)))
 (let ((?x167 (+ ?x155 ?x151)))
 (let ((?x332 (/ ?x128 exp!5)))
 (let ((?x175 (* ?x332 ?x167)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[1]| ?x98)))
 (let ((?x187 (* ?x115 ?x175)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x300 (/ ?x109 ?x407)))
 (let ((?x321 (* ?x128 ?x300)))
 (let ((?x331 (+ ?x104 ?x321)))
 (let ((?x329 (* ?x332 ?x331)))
 (or (and (distinct ?x329 ?x187) true))))))))))))))))))))))))))))))))
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
 (= (< log!128 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!128) (< exp!1 exp!4)))
(assert
 (= (< log!128 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!128) (< exp!2 exp!4)))
(assert
 (= (< log!128 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!128) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!128 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!128)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!193 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!193) (< exp!1 exp!5)))
(assert
 (= (< log!193 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!193) (< exp!2 exp!5)))
(assert
 (= (< log!193 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!193) (< exp!3 exp!5)))
(assert
 (= (< log!193 log!128) (< exp!5 exp!4)))
(assert
 (= (< log!128 log!193) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!193 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!193)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (=> (> ?x407 0.0) (= exp!5 ?x407)))))))))
(assert
 (= (< log!260 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!260) (< exp!1 exp!6)))
(assert
 (= (< log!260 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!260) (< exp!2 exp!6)))
(assert
 (= (< log!260 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!260) (< exp!3 exp!6)))
(assert
 (= (< log!260 log!128) (< exp!6 exp!4)))
(assert
 (= (< log!128 log!260) (< exp!4 exp!6)))
(assert
 (= (< log!260 log!193) (< exp!6 exp!5)))
(assert
 (= (< log!193 log!260) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!260 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!260)))
(assert
 (let ((?x394 (* 1.0 exp!2)))
(let ((?x297 (/ ?x394 exp!1)))
(let ((?x192 (+ 1.0 ?x297)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x509 (/ ?x55 exp!1)))
(let ((?x441 (+ ?x509 ?x192)))
(=> (> ?x441 0.0) (= exp!6 ?x441)))))))))
(check-sat)
(pop 1)
