; certjax: rule estimators.score_loo_baseline_Dirichlet, obligation 'second_order.hessian_identity[1]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |z[1]| () Real)
(declare-fun |z[0]| () Real)
(declare-fun |z[2]| () Real)
(declare-fun |concentration[1]| () Real)
(declare-fun |concentration[0]| () Real)
(declare-fun |concentration[2]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun exp!10 () Real)
(declare-fun exp!9 () Real)
(declare-fun exp!8 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun digamma!67 () Real)
(declare-fun digamma!68 () Real)
(declare-fun digamma!69 () Real)
(declare-fun digamma!62 () Real)
(declare-fun log!28 () Real)
(declare-fun log!29 () Real)
(declare-fun log!30 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun polygamma!73 () Real)
(declare-fun polygamma!74 () Real)
(declare-fun polygamma!75 () Real)
(declare-fun polygamma!63 () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[2,0]| () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun lgamma!38 () Real)
(declare-fun lgamma!40 () Real)
(declare-fun lgamma!41 () Real)
(declare-fun lgamma!42 () Real)
(assert
 (let ((?x22 (+ |z[0]| |z[1]|)))
 (let ((?x23 (+ |z[2]| ?x22)))
 (let (($x27 (= 1.0 ?x23)))
 (let (($x19 (< 0.0 |z[1]|)))
 (let (($x17 (< 0.0 |z[0]|)))
 (let (($x20 (and $x17 $x19)))
 (let (($x15 (< 0.0 |z[2]|)))
 (let (($x21 (and $x15 $x20)))
 (let (($x26 (and $x21 $x27)))
 (let (($x11 (< 0.0 |concentration[1]|)))
 (let (($x9 (< 0.0 |concentration[0]|)))
 (let (($x12 (and $x9 $x11)))
 (let (($x7 (< 0.0 |concentration[2]|)))
 (let (($x13 (and $x7 $x12)))
 (and $x13 $x26))))))))))))))))
(assert
 (< 0.0 |z[2]|))
(assert
 (< 0.0 |z[0]|))
(assert
 (< 0.0 |z[1]|))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (< 0.0 |z[2]|))
(assert
 (< 0.0 |z[0]|))
(assert
 (< 0.0 |z[1]|))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x598 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x599 (* (/ 1.0 2.0) ?x598)))
 (let ((?x338 (/ (/ (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4) exp!5) exp!6)))
 (let ((?x382 (/ ?x338 exp!7)))
 (let ((?x553 (* (* (* ?x382 exp!8) exp!9) exp!10)))
 (let ((?x600 (* ?x553 ?x599)))
 (let ((?x167 (* 0.0 digamma!67)))
 (let ((?x177 (+ digamma!68 ?x167)))
 (let ((?x159 (* 0.0 digamma!69)))
 (let ((?x178 (+ ?x159 ?x177)))
 (let ((?x179 (- ?x178)))
 (let ((?x151 (* log!28 0.0)))
 (let ((?x152 (+ log!29 ?x151)))
 (let ((?x150 (* log!30 0.0)))
 (let ((?x153 (+ ?x150 ?x152)))
 (let ((?x155 (+ ?x153 digamma!62)))
 (let ((?x180 (+ ?x155 ?x179)))
 (let ((?x590 (* ?x553 ?x180)))
 (let ((?x597 (* |g2[0]| ?x590)))
 (let ((?x601 (+ ?x597 ?x600)))
 (let ((?x585 (* 0.0 digamma!68)))
 (let ((?x586 (+ digamma!67 ?x585)))
 (let ((?x587 (+ ?x159 ?x586)))
 (let ((?x588 (- ?x587)))
 (let ((?x581 (* log!29 0.0)))
 (let ((?x582 (+ log!28 ?x581)))
 (let ((?x583 (+ ?x150 ?x582)))
 (let ((?x584 (+ ?x583 digamma!62)))
 (let ((?x589 (+ ?x584 ?x588)))
 (let ((?x594 (* ?x553 ?x589)))
 (let ((?x595 (* |g2[1]| ?x594)))
 (let ((?x591 (* ?x589 ?x590)))
 (let ((?x217 (* 0.0 polygamma!73)))
 (let ((?x575 (* 0.0 polygamma!74)))
 (let ((?x576 (+ ?x575 ?x217)))
 (let ((?x563 (* 0.0 polygamma!75)))
 (let ((?x564 (* 0.0 ?x563)))
 (let ((?x577 (+ ?x564 ?x576)))
 (let ((?x578 (- ?x577)))
 (let ((?x579 (+ polygamma!63 ?x578)))
 (let ((?x580 (* ?x553 ?x579)))
 (let ((?x592 (+ ?x580 ?x591)))
 (let ((?x206 (- b)))
 (let ((?x555 (+ f2 ?x206)))
 (let ((?x593 (* ?x555 ?x592)))
 (let ((?x596 (+ ?x593 ?x595)))
 (let ((?x602 (+ ?x596 ?x601)))
 (let ((?x237 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x211 (* |g2[1]| 1.0)))
 (let ((?x183 (* ?x180 1.0)))
 (let ((?x209 (* f2 ?x183)))
 (let ((?x212 (+ ?x209 ?x211)))
 (let ((?x207 (* ?x183 ?x206)))
 (let ((?x213 (+ ?x207 ?x212)))
 (let ((?x235 (* log!28 ?x213)))
 (let ((?x219 (* f2 1.0)))
 (let ((?x218 (* 1.0 ?x206)))
 (let ((?x220 (+ ?x218 ?x219)))
 (let ((?x232 (* polygamma!63 ?x220)))
 (let ((?x225 (* digamma!62 ?x213)))
 (let ((?x233 (+ ?x225 ?x232)))
 (let ((?x221 (- ?x220)))
 (let ((?x222 (* ?x217 ?x221)))
 (let ((?x214 (- ?x213)))
 (let ((?x215 (* digamma!67 ?x214)))
 (let ((?x223 (+ ?x215 ?x222)))
 (let ((?x203 (* |g2[0]| ?x183)))
 (let ((?x184 (* (/ 1.0 2.0) ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x187 (+ (- 1.0) 1.0)))
 (let ((?x188 (* (/ 1.0 2.0) ?x187)))
 (let ((?x192 (* 0.0 ?x188)))
 (let ((?x193 (+ ?x192 ?x185)))
 (let ((?x199 (* |h2[2,0]| ?x193)))
 (let ((?x195 (+ ?x188 ?x185)))
 (let ((?x196 (* |h2[1,0]| ?x195)))
 (let ((?x194 (* |h2[0,0]| ?x193)))
 (let ((?x197 (+ ?x194 ?x196)))
 (let ((?x200 (+ ?x197 ?x199)))
 (let ((?x189 (* |h2[0,1]| ?x188)))
 (let ((?x190 (+ ?x185 ?x189)))
 (let ((?x201 (+ ?x190 ?x200)))
 (let ((?x204 (+ ?x201 ?x203)))
 (let ((?x224 (+ ?x204 ?x223)))
 (let ((?x234 (+ ?x224 ?x233)))
 (let ((?x236 (+ ?x234 ?x235)))
 (let ((?x238 (+ ?x236 ?x237)))
 (let ((?x149 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x239 (+ ?x149 ?x238)))
 (let ((?x554 (* ?x553 ?x239)))
 (or (and (distinct ?x554 ?x602) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!30 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!30)))
(assert
 (=> (> |z[2]| 0.0) (= exp!1 |z[2]|)))
(assert
 (= (< log!28 log!30) (< exp!2 exp!1)))
(assert
 (= (< log!30 log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
(assert
 (=> (> |z[0]| 0.0) (= exp!2 |z[0]|)))
(assert
 (= (< log!29 log!30) (< exp!3 exp!1)))
(assert
 (= (< log!30 log!29) (< exp!1 exp!3)))
(assert
 (= (< log!29 log!28) (< exp!3 exp!2)))
(assert
 (= (< log!28 log!29) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!29 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!29)))
(assert
 (=> (> |z[1]| 0.0) (= exp!3 |z[1]|)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x118 (and (= |concentration[0]| ?x29))))
 (=> $x118 (= lgamma!40 lgamma!38))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x122 (= |concentration[1]| ?x29)))
 (let (($x123 (and $x122)))
 (=> $x123 (= lgamma!41 lgamma!38)))))))
(assert
 (let (($x126 (= |concentration[1]| |concentration[0]|)))
 (let (($x127 (and $x126)))
 (=> $x127 (= lgamma!41 lgamma!40)))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x132 (= |concentration[2]| ?x29)))
 (let (($x133 (and $x132)))
 (=> $x133 (= lgamma!42 lgamma!38)))))))
(assert
 (=> (and (= |concentration[2]| |concentration[0]|)) (= lgamma!42 lgamma!40)))
(assert
 (=> (and (= |concentration[2]| |concentration[1]|)) (= lgamma!42 lgamma!41)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x132 (= |concentration[2]| ?x29)))
 (let (($x133 (and $x132)))
 (=> $x133 (= digamma!69 digamma!62)))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x118 (and (= |concentration[0]| ?x29))))
 (=> $x118 (= digamma!67 digamma!62))))))
(assert
 (=> (and (= |concentration[0]| |concentration[2]|)) (= digamma!67 digamma!69)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x122 (= |concentration[1]| ?x29)))
 (let (($x123 (and $x122)))
 (=> $x123 (= digamma!68 digamma!62)))))))
(assert
 (=> (and (= |concentration[1]| |concentration[2]|)) (= digamma!68 digamma!69)))
(assert
 (let (($x126 (= |concentration[1]| |concentration[0]|)))
 (let (($x127 (and $x126)))
 (=> $x127 (= digamma!68 digamma!67)))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x227 (= 1.0 1.0)))
 (=> (and $x227 (= ?x29 |concentration[0]|)) (= polygamma!63 polygamma!73))))))
(assert
 (= (< lgamma!38 log!30) (< exp!4 exp!1)))
(assert
 (= (< log!30 lgamma!38) (< exp!1 exp!4)))
(assert
 (= (< lgamma!38 log!28) (< exp!4 exp!2)))
(assert
 (= (< log!28 lgamma!38) (< exp!2 exp!4)))
(assert
 (= (< lgamma!38 log!29) (< exp!4 exp!3)))
(assert
 (= (< log!29 lgamma!38) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> lgamma!38 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 lgamma!38)))
(assert
 (= (< lgamma!42 log!30) (< exp!5 exp!1)))
(assert
 (= (< log!30 lgamma!42) (< exp!1 exp!5)))
(assert
 (= (< lgamma!42 log!28) (< exp!5 exp!2)))
(assert
 (= (< log!28 lgamma!42) (< exp!2 exp!5)))
(assert
 (= (< lgamma!42 log!29) (< exp!5 exp!3)))
(assert
 (= (< log!29 lgamma!42) (< exp!3 exp!5)))
(assert
 (= (< lgamma!42 lgamma!38) (< exp!5 exp!4)))
(assert
 (= (< lgamma!38 lgamma!42) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> lgamma!42 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 lgamma!42)))
(assert
 (= (< lgamma!40 log!30) (< exp!6 exp!1)))
(assert
 (= (< log!30 lgamma!40) (< exp!1 exp!6)))
(assert
 (= (< lgamma!40 log!28) (< exp!6 exp!2)))
(assert
 (= (< log!28 lgamma!40) (< exp!2 exp!6)))
(assert
 (= (< lgamma!40 log!29) (< exp!6 exp!3)))
(assert
 (= (< log!29 lgamma!40) (< exp!3 exp!6)))
(assert
 (= (< lgamma!40 lgamma!38) (< exp!6 exp!4)))
(assert
 (= (< lgamma!38 lgamma!40) (< exp!4 exp!6)))
(assert
 (= (< lgamma!40 lgamma!42) (< exp!6 exp!5)))
(assert
 (= (< lgamma!42 lgamma!40) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> lgamma!40 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 lgamma!40)))
(assert
 (= (< lgamma!41 log!30) (< exp!7 exp!1)))
(assert
 (= (< log!30 lgamma!41) (< exp!1 exp!7)))
(assert
 (= (< lgamma!41 log!28) (< exp!7 exp!2)))
(assert
 (= (< log!28 lgamma!41) (< exp!2 exp!7)))
(assert
 (= (< lgamma!41 log!29) (< exp!7 exp!3)))
(assert
 (= (< log!29 lgamma!41) (< exp!3 exp!7)))
(assert
 (= (< lgamma!41 lgamma!38) (< exp!7 exp!4)))
(assert
 (= (< lgamma!38 lgamma!41) (< exp!4 exp!7)))
(assert
 (= (< lgamma!41 lgamma!42) (< exp!7 exp!5)))
(assert
 (= (< lgamma!42 lgamma!41) (< exp!5 exp!7)))
(assert
 (= (< lgamma!41 lgamma!40) (< exp!7 exp!6)))
(assert
 (= (< lgamma!40 lgamma!41) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> lgamma!41 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 lgamma!41)))
(assert
 (= (< (* |concentration[2]| log!30) log!30) (< exp!8 exp!1)))
(assert
 (= (< log!30 (* |concentration[2]| log!30)) (< exp!1 exp!8)))
(assert
 (= (< (* |concentration[2]| log!30) log!28) (< exp!8 exp!2)))
(assert
 (= (< log!28 (* |concentration[2]| log!30)) (< exp!2 exp!8)))
(assert
 (= (< (* |concentration[2]| log!30) log!29) (< exp!8 exp!3)))
(assert
 (= (< log!29 (* |concentration[2]| log!30)) (< exp!3 exp!8)))
(assert
 (= (< (* |concentration[2]| log!30) lgamma!38) (< exp!8 exp!4)))
(assert
 (= (< lgamma!38 (* |concentration[2]| log!30)) (< exp!4 exp!8)))
(assert
 (= (< (* |concentration[2]| log!30) lgamma!42) (< exp!8 exp!5)))
(assert
 (= (< lgamma!42 (* |concentration[2]| log!30)) (< exp!5 exp!8)))
(assert
 (= (< (* |concentration[2]| log!30) lgamma!40) (< exp!8 exp!6)))
(assert
 (= (< lgamma!40 (* |concentration[2]| log!30)) (< exp!6 exp!8)))
(assert
 (= (< (* |concentration[2]| log!30) lgamma!41) (< exp!8 exp!7)))
(assert
 (= (< lgamma!41 (* |concentration[2]| log!30)) (< exp!7 exp!8)))
(assert
 (> exp!8 0.0))
(assert
 (= (> (* |concentration[2]| log!30) 0.0) (> exp!8 1.0)))
(assert
 (>= exp!8 (+ 1.0 (* |concentration[2]| log!30))))
(assert
 (= (< (* |concentration[0]| log!28) log!30) (< exp!9 exp!1)))
(assert
 (= (< log!30 (* |concentration[0]| log!28)) (< exp!1 exp!9)))
(assert
 (= (< (* |concentration[0]| log!28) log!28) (< exp!9 exp!2)))
(assert
 (= (< log!28 (* |concentration[0]| log!28)) (< exp!2 exp!9)))
(assert
 (= (< (* |concentration[0]| log!28) log!29) (< exp!9 exp!3)))
(assert
 (= (< log!29 (* |concentration[0]| log!28)) (< exp!3 exp!9)))
(assert
 (= (< (* |concentration[0]| log!28) lgamma!38) (< exp!9 exp!4)))
(assert
 (= (< lgamma!38 (* |concentration[0]| log!28)) (< exp!4 exp!9)))
(assert
 (= (< (* |concentration[0]| log!28) lgamma!42) (< exp!9 exp!5)))
(assert
 (= (< lgamma!42 (* |concentration[0]| log!28)) (< exp!5 exp!9)))
(assert
 (= (< (* |concentration[0]| log!28) lgamma!40) (< exp!9 exp!6)))
(assert
 (= (< lgamma!40 (* |concentration[0]| log!28)) (< exp!6 exp!9)))
(assert
 (= (< (* |concentration[0]| log!28) lgamma!41) (< exp!9 exp!7)))
(assert
 (= (< lgamma!41 (* |concentration[0]| log!28)) (< exp!7 exp!9)))
(assert
 (= (< (* |concentration[0]| log!28) (* |concentration[2]| log!30)) (< exp!9 exp!8)))
(assert
 (= (< (* |concentration[2]| log!30) (* |concentration[0]| log!28)) (< exp!8 exp!9)))
(assert
 (> exp!9 0.0))
(assert
 (= (> (* |concentration[0]| log!28) 0.0) (> exp!9 1.0)))
(assert
 (>= exp!9 (+ 1.0 (* |concentration[0]| log!28))))
(assert
 (= (< (* |concentration[1]| log!29) log!30) (< exp!10 exp!1)))
(assert
 (= (< log!30 (* |concentration[1]| log!29)) (< exp!1 exp!10)))
(assert
 (= (< (* |concentration[1]| log!29) log!28) (< exp!10 exp!2)))
(assert
 (= (< log!28 (* |concentration[1]| log!29)) (< exp!2 exp!10)))
(assert
 (= (< (* |concentration[1]| log!29) log!29) (< exp!10 exp!3)))
(assert
 (= (< log!29 (* |concentration[1]| log!29)) (< exp!3 exp!10)))
(assert
 (= (< (* |concentration[1]| log!29) lgamma!38) (< exp!10 exp!4)))
(assert
 (= (< lgamma!38 (* |concentration[1]| log!29)) (< exp!4 exp!10)))
(assert
 (= (< (* |concentration[1]| log!29) lgamma!42) (< exp!10 exp!5)))
(assert
 (= (< lgamma!42 (* |concentration[1]| log!29)) (< exp!5 exp!10)))
(assert
 (= (< (* |concentration[1]| log!29) lgamma!40) (< exp!10 exp!6)))
(assert
 (= (< lgamma!40 (* |concentration[1]| log!29)) (< exp!6 exp!10)))
(assert
 (= (< (* |concentration[1]| log!29) lgamma!41) (< exp!10 exp!7)))
(assert
 (= (< lgamma!41 (* |concentration[1]| log!29)) (< exp!7 exp!10)))
(assert
 (= (< (* |concentration[1]| log!29) (* |concentration[2]| log!30)) (< exp!10 exp!8)))
(assert
 (= (< (* |concentration[2]| log!30) (* |concentration[1]| log!29)) (< exp!8 exp!10)))
(assert
 (= (< (* |concentration[1]| log!29) (* |concentration[0]| log!28)) (< exp!10 exp!9)))
(assert
 (= (< (* |concentration[0]| log!28) (* |concentration[1]| log!29)) (< exp!9 exp!10)))
(assert
 (> exp!10 0.0))
(assert
 (= (> (* |concentration[1]| log!29) 0.0) (> exp!10 1.0)))
(assert
 (>= exp!10 (+ 1.0 (* |concentration[1]| log!29))))
(assert
 (=> (and (= 1.0 1.0) (= |concentration[2]| |concentration[0]|)) (= polygamma!75 polygamma!73)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x132 (= |concentration[2]| ?x29)))
 (let (($x227 (= 1.0 1.0)))
 (=> (and $x227 $x132) (= polygamma!75 polygamma!63)))))))
(assert
 (=> (and (= 1.0 1.0) (= |concentration[1]| |concentration[0]|)) (= polygamma!74 polygamma!73)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x122 (= |concentration[1]| ?x29)))
 (let (($x227 (= 1.0 1.0)))
 (=> (and $x227 $x122) (= polygamma!74 polygamma!63)))))))
(assert
 (=> (and (= 1.0 1.0) (= |concentration[1]| |concentration[2]|)) (= polygamma!74 polygamma!75)))
(check-sat)
(pop 1)
