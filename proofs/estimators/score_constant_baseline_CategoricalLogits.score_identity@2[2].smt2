; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@2[2]', verdict proved
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
(declare-fun |f[2]| () Real)
(declare-fun log!98 () Real)
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
 (let ((?x107 (/ ?x56 ?x57)))
 (let ((?x108 (- ?x107)))
 (let ((?x110 (* 0.0 ?x108)))
 (let ((?x111 (+ ?x110 ?x110)))
 (let ((?x109 (+ 1.0 ?x108)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x105 (/ ?x56 exp!4)))
 (let ((?x113 (* ?x105 ?x112)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[2]| ?x99)))
 (let ((?x114 (* ?x100 ?x113)))
 (let ((?x101 (- ?x100)))
 (let ((?x102 (/ ?x101 ?x57)))
 (let ((?x103 (* ?x56 ?x102)))
 (let ((?x104 (+ ?x100 ?x103)))
 (let ((?x106 (* ?x105 ?x104)))
 (or (and (distinct ?x106 ?x114) true)))))))))))))))))))))))
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
 (= (< log!98 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!98) (< exp!1 exp!4)))
(assert
 (= (< log!98 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!98) (< exp!2 exp!4)))
(assert
 (= (< log!98 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!98) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!98 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!98)))
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
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun log!150 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x462 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (< 0.0 ?x397)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x462 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x462 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x462 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x462 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (< 0.0 ?x397)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x462 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x462 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x462 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (let ((?x322 (/ 1.0 ?x397)))
 (let ((?x323 (- ?x322)))
 (let ((?x321 (* 0.0 ?x323)))
 (let ((?x145 (+ ?x321 ?x321)))
 (let ((?x320 (+ 1.0 ?x323)))
 (let ((?x146 (+ ?x320 ?x145)))
 (let ((?x291 (/ 1.0 exp!5)))
 (let ((?x141 (* ?x291 ?x146)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[2]| ?x99)))
 (let ((?x142 (* ?x100 ?x141)))
 (let ((?x101 (- ?x100)))
 (let ((?x271 (/ ?x101 ?x397)))
 (let ((?x273 (+ ?x100 ?x271)))
 (let ((?x312 (* ?x291 ?x273)))
 (or (and (distinct ?x312 ?x142) true)))))))))))))))))))))))
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
 (= (< log!98 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!98) (< exp!1 exp!4)))
(assert
 (= (< log!98 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!98) (< exp!2 exp!4)))
(assert
 (= (< log!98 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!98) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!98 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!98)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!150 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!5)))
(assert
 (= (< log!150 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!5)))
(assert
 (= (< log!150 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!5)))
(assert
 (= (< log!150 log!98) (< exp!5 exp!4)))
(assert
 (= (< log!98 log!150) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!150 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x119 (/ ?x9 exp!3)))
(let ((?x462 (/ (* 1.0 exp!2) exp!3)))
(let ((?x384 (+ ?x462 ?x119)))
(let ((?x397 (+ 1.0 ?x384)))
(=> (> ?x397 0.0) (= exp!5 ?x397))))))))
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
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!150 () Real)
(declare-fun log!204 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x332 (/ ?x362 exp!1)))
 (let ((?x185 (+ 1.0 ?x332)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x426 (/ ?x55 exp!1)))
 (let ((?x126 (+ ?x426 ?x185)))
 (< 0.0 ?x126))))))))
(assert
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x332 (/ ?x362 exp!1)))
 (let ((?x185 (+ 1.0 ?x332)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x426 (/ ?x55 exp!1)))
 (let ((?x126 (+ ?x426 ?x185)))
 (let (($x518 (= 0.0 ?x126)))
 (not $x518)))))))))
(assert
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x332 (/ ?x362 exp!1)))
 (let ((?x185 (+ 1.0 ?x332)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x426 (/ ?x55 exp!1)))
 (let ((?x126 (+ ?x426 ?x185)))
 (let (($x518 (= 0.0 ?x126)))
 (not $x518)))))))))
(assert
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x332 (/ ?x362 exp!1)))
 (let ((?x185 (+ 1.0 ?x332)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x426 (/ ?x55 exp!1)))
 (let ((?x126 (+ ?x426 ?x185)))
 (let (($x518 (= 0.0 ?x126)))
 (not $x518)))))))))
(assert
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x332 (/ ?x362 exp!1)))
 (let ((?x185 (+ 1.0 ?x332)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x426 (/ ?x55 exp!1)))
 (let ((?x126 (+ ?x426 ?x185)))
 (< 0.0 ?x126))))))))
(assert
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x332 (/ ?x362 exp!1)))
 (let ((?x185 (+ 1.0 ?x332)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x426 (/ ?x55 exp!1)))
 (let ((?x126 (+ ?x426 ?x185)))
 (let (($x518 (= 0.0 ?x126)))
 (not $x518)))))))))
(assert
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x332 (/ ?x362 exp!1)))
 (let ((?x185 (+ 1.0 ?x332)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x426 (/ ?x55 exp!1)))
 (let ((?x126 (+ ?x426 ?x185)))
 (let (($x518 (= 0.0 ?x126)))
 (not $x518)))))))))
(assert
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x332 (/ ?x362 exp!1)))
 (let ((?x185 (+ 1.0 ?x332)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x426 (/ ?x55 exp!1)))
 (let ((?x126 (+ ?x426 ?x185)))
 (let ((?x230 (/ ?x426 ?x126)))
 (let ((?x268 (- ?x230)))
 (let ((?x709 (* 0.0 ?x268)))
 (let ((?x693 (+ ?x709 ?x709)))
 (let ((?x361 (+ 1.0 ?x268)))
 (let ((?x214 (+ ?x361 ?x693)))
 (let ((?x184 (/ ?x426 exp!6)))
 (let ((?x235 (* ?x184 ?x214)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[2]| ?x99)))
 (let ((?x404 (* ?x100 ?x235)))
 (let ((?x101 (- ?x100)))
 (let ((?x161 (/ ?x101 ?x126)))
 (let ((?x233 (* ?x426 ?x161)))
 (let ((?x441 (+ ?x100 ?x233)))
 (let ((?x474 (* ?x184 ?x441)))
 (or (and (distinct ?x474 ?x404) true)))))))))))))))))))))))))
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
 (= (< log!98 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!98) (< exp!1 exp!4)))
(assert
 (= (< log!98 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!98) (< exp!2 exp!4)))
(assert
 (= (< log!98 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!98) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!98 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!98)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!150 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!5)))
(assert
 (= (< log!150 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!5)))
(assert
 (= (< log!150 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!5)))
(assert
 (= (< log!150 log!98) (< exp!5 exp!4)))
(assert
 (= (< log!98 log!150) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!150 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x362 exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (=> (> ?x397 0.0) (= exp!5 ?x397)))))))))
(assert
 (= (< log!204 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!204) (< exp!1 exp!6)))
(assert
 (= (< log!204 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!204) (< exp!2 exp!6)))
(assert
 (= (< log!204 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!204) (< exp!3 exp!6)))
(assert
 (= (< log!204 log!98) (< exp!6 exp!4)))
(assert
 (= (< log!98 log!204) (< exp!4 exp!6)))
(assert
 (= (< log!204 log!150) (< exp!6 exp!5)))
(assert
 (= (< log!150 log!204) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!204 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!204)))
(assert
 (let ((?x362 (* 1.0 exp!2)))
(let ((?x332 (/ ?x362 exp!1)))
(let ((?x185 (+ 1.0 ?x332)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x426 (/ ?x55 exp!1)))
(let ((?x126 (+ ?x426 ?x185)))
(=> (> ?x126 0.0) (= exp!6 ?x126)))))))))
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
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!98 () Real)
(declare-fun log!150 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!204 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x362 exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (< 0.0 ?x397))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x362 exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x362 exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x362 exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x362 exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (< 0.0 ?x397))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x362 exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x362 exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x362 exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (let ((?x322 (/ 1.0 ?x397)))
 (let ((?x323 (- ?x322)))
 (let ((?x321 (* 0.0 ?x323)))
 (let ((?x145 (+ ?x321 ?x321)))
 (let ((?x320 (+ 1.0 ?x323)))
 (let ((?x146 (+ ?x320 ?x145)))
 (let ((?x291 (/ 1.0 exp!5)))
 (let ((?x141 (* ?x291 ?x146)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[2]| ?x99)))
 (let ((?x142 (* ?x100 ?x141)))
 (let ((?x101 (- ?x100)))
 (let ((?x271 (/ ?x101 ?x397)))
 (let ((?x273 (+ ?x100 ?x271)))
 (let ((?x312 (* ?x291 ?x273)))
 (or (and (distinct ?x312 ?x142) true))))))))))))))))))))))))
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
 (= (< log!98 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!98) (< exp!1 exp!4)))
(assert
 (= (< log!98 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!98) (< exp!2 exp!4)))
(assert
 (= (< log!98 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!98) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!98 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!98)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!150 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!5)))
(assert
 (= (< log!150 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!5)))
(assert
 (= (< log!150 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!5)))
(assert
 (= (< log!150 log!98) (< exp!5 exp!4)))
(assert
 (= (< log!98 log!150) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!150 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x362 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x362 exp!3)))
 (let ((?x384 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x384)))
 (=> (> ?x397 0.0) (= exp!5 ?x397)))))))))
(assert
 (= (< log!204 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!204) (< exp!1 exp!6)))
(assert
 (= (< log!204 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!204) (< exp!2 exp!6)))
(assert
 (= (< log!204 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!204) (< exp!3 exp!6)))
(assert
 (= (< log!204 log!98) (< exp!6 exp!4)))
(assert
 (= (< log!98 log!204) (< exp!4 exp!6)))
(assert
 (= (< log!204 log!150) (< exp!6 exp!5)))
(assert
 (= (< log!150 log!204) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!204 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!204)))
(assert
 (let ((?x362 (* 1.0 exp!2)))
(let ((?x332 (/ ?x362 exp!1)))
(let ((?x185 (+ 1.0 ?x332)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x426 (/ ?x55 exp!1)))
(let ((?x126 (+ ?x426 ?x185)))
(=> (> ?x126 0.0) (= exp!6 ?x126)))))))))
(check-sat)
(pop 1)
