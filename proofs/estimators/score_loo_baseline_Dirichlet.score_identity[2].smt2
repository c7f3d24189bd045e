; certjax: rule estimators.score_loo_baseline_Dirichlet, obligation 'score_identity[2]', verdict proved
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun digamma!49 () Real)
(declare-fun digamma!50 () Real)
(declare-fun digamma!51 () Real)
(declare-fun log!28 () Real)
(declare-fun log!29 () Real)
(declare-fun log!30 () Real)
(declare-fun digamma!48 () Real)
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
 (let ((?x150 (- b)))
 (let ((?x512 (+ f ?x150)))
 (let ((?x506 (* digamma!49 0.0)))
 (let ((?x494 (* digamma!50 0.0)))
 (let ((?x507 (+ ?x494 ?x506)))
 (let ((?x508 (+ digamma!51 ?x507)))
 (let ((?x509 (- ?x508)))
 (let ((?x483 (* log!28 0.0)))
 (let ((?x482 (* log!29 0.0)))
 (let ((?x484 (+ ?x482 ?x483)))
 (let ((?x485 (+ log!30 ?x484)))
 (let ((?x486 (+ digamma!48 ?x485)))
 (let ((?x510 (+ ?x486 ?x509)))
 (let ((?x265 (/ (/ (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4) exp!5) exp!6)))
 (let ((?x309 (/ ?x265 exp!7)))
 (let ((?x480 (* (* (* ?x309 exp!8) exp!9) exp!10)))
 (let ((?x511 (* ?x480 ?x510)))
 (let ((?x513 (* ?x511 ?x512)))
 (let ((?x153 (* f 1.0)))
 (let ((?x151 (* 1.0 ?x150)))
 (let ((?x154 (+ ?x151 ?x153)))
 (let ((?x165 (* log!30 ?x154)))
 (let ((?x163 (* digamma!48 ?x154)))
 (let ((?x155 (- ?x154)))
 (let ((?x157 (* digamma!51 ?x155)))
 (let ((?x164 (+ ?x157 ?x163)))
 (let ((?x166 (+ ?x164 ?x165)))
 (let ((?x481 (* ?x480 ?x166)))
 (or (and (distinct ?x481 ?x513) true)))))))))))))))))))))))))))))))
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
 (let (($x123 (and (= |concentration[1]| ?x29))))
 (=> $x123 (= lgamma!41 lgamma!38))))))
(assert
 (=> (and (= |concentration[1]| |concentration[0]|)) (= lgamma!41 lgamma!40)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (=> (and (= |concentration[2]| ?x29)) (= lgamma!42 lgamma!38)))))
(assert
 (=> (and (= |concentration[2]| |concentration[0]|)) (= lgamma!42 lgamma!40)))
(assert
 (=> (and (= |concentration[2]| |concentration[1]|)) (= lgamma!42 lgamma!41)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (=> (and (= ?x29 |concentration[2]|)) (= digamma!48 digamma!51)))))
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
 (=> (and (= |concentration[1]| |concentration[2]|)) (= digamma!50 digamma!51)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x123 (and (= |concentration[1]| ?x29))))
 (=> $x123 (= digamma!50 digamma!48))))))
(assert
 (=> (and (= |concentration[0]| |concentration[2]|)) (= digamma!49 digamma!51)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x118 (and (= |concentration[0]| ?x29))))
 (=> $x118 (= digamma!49 digamma!48))))))
(assert
 (=> (and (= |concentration[0]| |concentration[1]|)) (= digamma!49 digamma!50)))
(check-sat)
(pop 1)
